// Lays out OCR words as plain text for the detector, remembering where each word sits in the image so a
// finding's characters can be boxed.
import type { OcrLines } from './platform';
import type { ImageBox } from './types';

/** Words read with less confidence than this are noise on photos (texture read as letters). */
const MIN_WORD_CONFIDENCE = 10;

interface WordSpan {
  start: number;
  end: number;
  box: ImageBox;
}

export interface OcrText {
  text: string;
  words: WordSpan[];
}

export function layoutOcrText(lines: OcrLines): OcrText {
  let text = '';
  const words: WordSpan[] = [];
  for (const line of lines) {
    const kept = line.filter((w) => w.confidence >= MIN_WORD_CONFIDENCE);
    if (!kept.length) {
      if (text && !text.endsWith('\n\n')) text += '\n';
      continue;
    }
    if (text && !text.endsWith('\n')) text += '\n';
    kept.forEach((w, i) => {
      if (i) text += ' ';
      words.push({ start: text.length, end: text.length + w.text.length, box: w.box });
      text += w.text;
    });
  }
  return { text, words };
}

export function unionBox(boxes: ImageBox[]): ImageBox | undefined {
  if (!boxes.length) return undefined;
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The union of the boxes of the words that cover characters start..end of the OCR text. */
export function boxForSpan(ocr: OcrText, start: number, end: number): ImageBox | undefined {
  return unionBox(ocr.words.filter((w) => w.start < end && w.end > start).map((w) => w.box));
}

/** Maps a box from the scaled image the models read back to the displayed image's pixels, clamped inside it. */
export function toOriginal(box: ImageBox, scale: number, width: number, height: number): ImageBox {
  const x = Math.max(0, Math.floor(box.x / scale));
  const y = Math.max(0, Math.floor(box.y / scale));
  const x1 = Math.min(width, Math.ceil((box.x + box.width) / scale));
  const y1 = Math.min(height, Math.ceil((box.y + box.height) / scale));
  return { x, y, width: Math.max(0, x1 - x), height: Math.max(0, y1 - y) };
}
