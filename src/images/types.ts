// The image engine's public contract: what the extension and the command line call to read a picture on the
// device. Findings keep the detector's Finding contract and add where in the image they came from.
import type { Category, Finding, RuleSpec, Sensitivity } from '../detector/types';

export type ImageFormat = 'png' | 'jpeg' | 'webp';

export interface ImageInput {
  bytes: Uint8Array;
  mime?: string;
  name?: string;
}

export type PhotoFaces = 'off' | 'context' | 'always';

export interface ImageScanOptions {
  sensitivity?: Sensitivity;
  categories?: Partial<Record<Category, boolean>>;
  allowList?: string[];
  /** The organisation's rules from policy, applied to text read from the image as to typed text. */
  customRules?: RuleSpec[];
  /** Whether a face counts: never, with patient context (default), or always. */
  photoFaces?: PhotoFaces;
  /** The post's own text, so a face in the photo counts when the post talks about a patient. */
  postText?: string;
  signal?: AbortSignal;
}

/** A rectangle in the pixels of the image as displayed (EXIF orientation applied). */
export interface ImageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type ImageFindingSource = 'ocr' | 'barcode' | 'metadata' | 'face';

/**
 * start/end are offsets into the text this finding was read from (the OCR text, a barcode's content or a
 * metadata field's value); 0/0 for a face or a whole-image fact such as a GPS position.
 */
export interface ImageFinding extends Finding {
  source: ImageFindingSource;
  box?: ImageBox;
  /** The words or value read, for the dialog and the command line. Never stored. */
  text?: string;
}

export interface ImageScanResult {
  verdict: 'ok' | 'warn';
  findings: ImageFinding[];
  /** Plain words built from the findings ("This photo shows a name and a date of birth on what looks like a chart"). */
  summary: string;
  width: number;
  height: number;
  /** Null only with an error, when the bytes are not a PNG, JPEG or WebP image at all. */
  format: ImageFormat | null;
  /** Set when the image could not be read: the caller treats it as "could not be checked" (fail safe). */
  error?: string;
}
