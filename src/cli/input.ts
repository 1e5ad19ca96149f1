// Decides what a file given to `phi-guard scan` is, by its content: a PNG, JPEG or WebP image (magic bytes),
// text (valid UTF-8 without NUL bytes and with few control characters), or neither, which is refused.
import { basename } from 'node:path';
import { sniffImageType } from '../images/sniff';
import type { ImageFormat } from '../images/types';

export type ScanInput =
  | { kind: 'text'; source: string; text: string }
  | { kind: 'image'; source: string; bytes: Uint8Array; format: ImageFormat };

/** Control characters other than tab, line feed, form feed and carriage return, as a share of the text. */
const MAX_CONTROL_RATIO = 0.05;

export function looksLikeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) control++;
  }
  return text.length && control / text.length > MAX_CONTROL_RATIO ? null : text;
}

export class NotScannableError extends Error {}

export function classifyInput(source: string, bytes: Uint8Array): ScanInput {
  const format = sniffImageType(bytes);
  if (format) return { kind: 'image', source, bytes, format };
  const text = looksLikeText(bytes);
  if (text !== null) return { kind: 'text', source, text: text.replace(/^\uFEFF/, '') };
  throw new NotScannableError(`${basename(source)} is not text or a PNG, JPEG or WebP image`);
}
