// Parses `phi-guard scan [FILE...] [--json | --jsonl] [--sensitivity low|medium|high] [--reply-to-review] [--policy FILE]`.
import { SENSITIVITIES, type Sensitivity } from '../detector/types';
import type { PhotoFaces } from '../images/types';

const PHOTO_FACES: readonly PhotoFaces[] = ['off', 'context', 'always'];

export interface CliArgs {
  files: string[];
  format: 'text' | 'json' | 'jsonl';
  sensitivity?: Sensitivity;
  replyToReview?: boolean;
  policy?: string;
  photoFaces?: PhotoFaces;
}

export class UsageError extends Error {}

export const USAGE = `Usage: phi-guard scan [FILE...] [options]

Scans text, and PNG, JPEG or WebP images, for patient information (PHI) with the same detector and image
engine the PHI Guard extension runs (images: text read by OCR, barcodes, metadata, faces; all on this
machine). A file's kind is told by its content, not its name. Reads standard input (text) when no FILE is given.

Options:
  --json                  one JSON result per input (an array when there are several files)
  --jsonl                 read lines of {"id","text"} and write one {"id",...result} line each
  --sensitivity LEVEL     low, medium (default) or high
  --reply-to-review       the text is a reply to a public review: telling the reviewer of their own care warns
  --policy FILE           apply a managed-policy JSON file exactly as the extension would
  --photo-faces MODE      images: a face counts off, with patient context (default) or always
  -h, --help              show this help

Exit status: 0 when every input is ok, 1 when any would warn, 2 on bad usage, an invalid policy, a file that is
neither text nor a supported image, or an image that could not be read.`;

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
    } else if (arg === '--reply-to-review') {
      args.replyToReview = true;
    } else if (arg === '--photo-faces') {
      const v = value();
      if (!PHOTO_FACES.includes(v as PhotoFaces)) throw new UsageError(`--photo-faces must be off, context or always, not "${v}"`);
      args.photoFaces = v as PhotoFaces;
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
