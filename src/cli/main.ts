// The `phi-guard` command line (design.md §4): scans files or standard input with the same
// detector and the same policy handling as the extension.
import { readFileSync } from 'node:fs';
import { scan } from '../detector';
import type { ScanOptions } from '../detector/types';
import { parseArgs, UsageError, USAGE } from './args';
import { formatText } from './format';
import { loadPolicy } from './policy';

interface Io {
  stdin: () => Promise<string>;
  out: (s: string) => void;
  err: (s: string) => void;
}

const processIo: Io = {
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
};

function scanJsonl(input: string, source: string, options: ScanOptions, io: Io): number {
  let warned = false;
  for (const [i, line] of input.split('\n').entries()) {
    if (!line.trim()) continue;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(line);
    } catch (e) {
      throw new UsageError(`${source}:${i + 1}: not a JSON object (${(e as Error).message})`);
    }
    if (typeof record?.text !== 'string') throw new UsageError(`${source}:${i + 1}: "text" must be a string`);
    const result = scan(record.text, options);
    warned ||= result.verdict === 'warn';
    io.out(JSON.stringify({ id: record.id ?? i + 1, ...result }));
  }
  return warned ? 1 : 0;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      io.out(USAGE);
      return 0;
    }
    let options: ScanOptions = {};
    if (args.policy) {
      const policy = loadPolicy(args.policy);
      if (policy.problems.length) {
        io.err(`phi-guard: policy ${args.policy} has ${policy.problems.length} problem(s):`);
        for (const p of policy.problems) io.err(`  ${p.path}: ${p.message}`);
        return 2;
      }
      options = policy.options;
    }
    if (args.sensitivity) options = { ...options, sensitivity: args.sensitivity };
    const inputs = args.files.length
      ? args.files.map((f) => {
        try {
          return { source: f, text: f === '-' ? null : readFileSync(f, 'utf8') };
        } catch (e) {
          throw new UsageError(`cannot read ${f}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        }
      })
      : [{ source: '<stdin>', text: null }];
    let code = 0;
    const jsonResults: unknown[] = [];
    for (const input of inputs) {
      const text = input.text ?? (await io.stdin());
      if (args.format === 'jsonl') {
        code = Math.max(code, scanJsonl(text, input.source, options, io));
        continue;
      }
      const result = scan(text, options);
      if (result.verdict === 'warn') code = 1;
      if (args.format === 'json') jsonResults.push(inputs.length > 1 ? { file: input.source, ...result } : result);
      else io.out(formatText(input.source, text, result));
    }
    if (args.format === 'json') io.out(JSON.stringify(inputs.length > 1 ? jsonResults : jsonResults[0], null, 2));
    return code;
  } catch (e) {
    io.err(`phi-guard: ${(e as Error).message}`);
    if (e instanceof UsageError) io.err("Run 'phi-guard --help' for usage.");
    return 2;
  }
}
