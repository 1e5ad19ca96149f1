// Messages that carry an attached image to the analyser and its result back, all inside the
// extension (content script or options page -> worker -> offscreen document / Firefox background
// page). runtime.sendMessage serialises as JSON in Chromium, so bytes travel as base64 parts; the
// result carries findings and boxes but never the image or the words read from it beyond the
// findings' categories and reasons. Nothing here is ever stored or sent off the device.
import type { Category, Finding, Sensitivity } from '../detector/types';
import type { PhotoFaces } from '../policy/types';

export type { PhotoFaces };

export type ImageSource = 'ocr' | 'barcode' | 'metadata' | 'face';
export const IMAGE_SOURCES: readonly ImageSource[] = ['ocr', 'barcode', 'metadata', 'face'];

export interface ImageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** `text`: the words or value read from the image, shown in the warning only (never stored or audited). */
export type ImageFindingWire = Finding & { source: ImageSource; box?: ImageBox; text?: string };

/** The engine's result as it crosses messaging (src/images analyzeImage). */
export interface ImageResult {
  verdict: 'ok' | 'warn';
  findings: ImageFindingWire[];
  summary: string;
  width: number;
  height: number;
  /** Null when the bytes are not a PNG, JPEG or WebP image (then `error` says so). */
  format: 'png' | 'jpeg' | 'webp' | null;
  error?: string;
}

export interface ImageAnalysisOptions {
  sensitivity?: Sensitivity;
  categories?: Partial<Record<Category, boolean>>;
  allowList?: string[];
  photoFaces?: PhotoFaces;
  postText?: string;
}

/** About 750 KB of bytes per message: well under every browser's message limit. */
export const IMAGE_PART_CHARS = 1_000_000;

export type ImageMessage =
  /** One base64 part of an image's bytes; `index` from 0 to `count - 1`. */
  | { type: 'image-part'; job: string; index: number; count: number; data: string }
  /** All parts sent: analyse them. Answered with an ImageResult. */
  | { type: 'image-analyze'; job: string; mime?: string; name?: string; options: ImageAnalysisOptions }
  /** The page no longer needs this job (post published, image removed, tab closing). */
  | { type: 'image-cancel'; job: string };

/** Worker -> offscreen document: an image message addressed to the analyser (and nobody else). */
export interface OffscreenEnvelope {
  type: 'offscreen-image';
  message: ImageMessage;
}

const IMAGE_TYPES = new Set(['image-part', 'image-analyze', 'image-cancel']);

export function isImageMessage(message: unknown): message is ImageMessage {
  return typeof message === 'object' && message !== null && IMAGE_TYPES.has((message as { type?: string }).type ?? '');
}

export function isOffscreenEnvelope(message: unknown): message is OffscreenEnvelope {
  return (
    typeof message === 'object' && message !== null && (message as { type?: string }).type === 'offscreen-image' &&
    isImageMessage((message as OffscreenEnvelope).message)
  );
}

/** An answer that is not a well-formed ImageResult becomes an error result (checked, never trusted). */
export function asImageResult(value: unknown): ImageResult {
  const v = value as Partial<ImageResult> | null;
  if (!v || (v.verdict !== 'ok' && v.verdict !== 'warn') || !Array.isArray(v.findings)) {
    return failedResult('no answer from the image checker');
  }
  return v as ImageResult;
}

export function failedResult(error: string): ImageResult {
  return { verdict: 'warn', findings: [], summary: '', width: 0, height: 0, format: null, error };
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

export function fromBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
