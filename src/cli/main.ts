// The `phi-guard` command line (design.md §4): scans files or standard input with the same
// detector and the same policy handling as the extension.
import { readFileSync } from 'node:fs';
import { scan } from '../detector/node';
import type { ScanOptions, ScanResult } from '../detector/types';
import { analyzeImage } from '../images/analyze';
import type { ImagePlatform } from '../images/platform';
import { createNodeImagePlatform } from '../images/platform-node';
import type { ImageScanResult } from '../images/types';
import { parseArgs, UsageError, USAGE } from './args';
import { formatText } from './format';
import { formatImage } from './image';
import { classifyInput, NotScannableError, type ScanInput } from './input';
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

/** Every finding in JSON output says where it came from; typed or file text is 'text'. */
function withTextSource(result: ScanResult) {
  return { ...result, findings: result.findings.map((f) => ({ ...f, source: 'text' as const })) };
}

function readInput(file: string): ScanInput {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return classifyInput(file, bytes);
}

function scanJsonl(input: string, source: string, options: ScanOptions, io: Io): number {
  let warned = false;
  let records = 0;
  for (const [i, line] of input.split('\n').entries()) {
    if (!line.trim()) continue;
    records++;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(line);
    } catch (e) {
      throw new UsageError(`${source}:${i + 1}: not a JSON object (${(e as Error).message})`);
    }
    if (typeof record?.text !== 'string') throw new UsageError(`${source}:${i + 1}: "text" must be a string`);
    const result = scan(record.text, options);
    warned ||= result.verdict === 'warn';
    io.out(JSON.stringify({ id: record.id ?? i + 1, ...withTextSource(result) }));
  }
  // Nothing to scan is no error, and standard output stays valid (empty) JSON Lines; say so on stderr, so
  // an empty export is not mistaken for a clean one.
  if (!records) io.err(`phi-guard: ${source}: no JSON lines to scan`);
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
    if (args.replyToReview) options = { ...options, replyToReview: true };
    const inputs: (ScanInput | null)[] = args.files.length
      ? args.files.map((f) => (f === '-' ? null : readInput(f)))
      : [null];
    const image = inputs.find((input) => input?.kind === 'image');
    if (image && args.format === 'jsonl') throw new UsageError(`--jsonl reads lines of JSON text; ${image.source} is an image`);
    let code = 0;
    const jsonResults: unknown[] = [];
    let platform: ImagePlatform | null = null;
    try {
      for (const given of inputs) {
        const input: ScanInput = given ?? { kind: 'text', source: '<stdin>', text: await io.stdin() };
        if (input.kind === 'image') {
          platform ??= createNodeImagePlatform();
          const result: ImageScanResult = await analyzeImage({ bytes: input.bytes, name: input.source },
            { ...options, photoFaces: args.photoFaces }, platform);
          if (result.error) {
            io.err(`phi-guard: ${input.source} could not be checked: ${result.error}`);
            code = 2;
          } else if (result.verdict === 'warn') code = Math.max(code, 1);
          if (args.format === 'json') jsonResults.push(inputs.length > 1 ? { file: input.source, ...result } : result);
          else if (!result.error) io.out(formatImage(input.source, result));
          continue;
        }
        if (args.format === 'jsonl') {
          code = Math.max(code, scanJsonl(input.text, input.source, options, io));
          continue;
        }
        const result = scan(input.text, options);
        if (result.verdict === 'warn') code = Math.max(code, 1);
        if (args.format === 'json') jsonResults.push(inputs.length > 1 ? { file: input.source, ...withTextSource(result) } : withTextSource(result));
        else io.out(formatText(input.source, input.text, result));
      }
    } finally {
      await (platform as ImagePlatform | null)?.dispose();
    }
    if (args.format === 'json') io.out(JSON.stringify(inputs.length > 1 ? jsonResults : jsonResults[0], null, 2));
    return code;
  } catch (e) {
    io.err(`phi-guard: ${(e as Error).message}`);
    if (e instanceof NotScannableError) return 2;
    if (e instanceof UsageError) io.err("Run 'phi-guard --help' for usage.");
    return 2;
  }
}
