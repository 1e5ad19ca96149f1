// Parses `phi-guard scan [FILE...] [--json | --jsonl] [--sensitivity low|medium|high] [--policy FILE]`.
import { SENSITIVITIES, type Sensitivity } from '../detector/types';

export interface CliArgs {
  files: string[];
  format: 'text' | 'json' | 'jsonl';
  sensitivity?: Sensitivity;
  policy?: string;
}

export class UsageError extends Error {}

export const USAGE = `Usage: phi-guard scan [FILE...] [options]

Scans text for patient information (PHI) with the same detector the PHI Guard extension runs.
Reads standard input when no FILE is given.

Options:
  --json                  one JSON result per input (an array when there are several files)
  --jsonl                 read lines of {"id","text"} and write one {"id",...result} line each
  --sensitivity LEVEL     low, medium (default) or high
  --policy FILE           apply a managed-policy JSON file exactly as the extension would
  -h, --help              show this help

Exit status: 0 when every input is ok, 1 when any would warn, 2 on bad usage or an invalid policy.`;

export function parseArgs(argv: string[]): CliArgs | 'help' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  const [command, ...rest] = argv;
  if (command !== 'scan') throw new UsageError(command ? `unknown command "${command}"` : 'missing command "scan"');
  const args: CliArgs = { files: [], format: 'text' };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json' || arg === '--jsonl') {
      if (args.format !== 'text') throw new UsageError('use either --json or --jsonl, not both');
      args.format = arg === '--json' ? 'json' : 'jsonl';
    } else if (arg === '--sensitivity') {
      const v = value();
      if (!SENSITIVITIES.includes(v as Sensitivity)) throw new UsageError(`--sensitivity must be low, medium or high, not "${v}"`);
      args.sensitivity = v as Sensitivity;
    } else if (arg === '--policy') {
      args.policy = value();
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option "${arg}"`);
    } else {
      args.files.push(arg);
    }
  }
  return args;
}
