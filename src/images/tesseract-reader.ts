// Turns a tesseract.js worker into an OcrReader: one recognize() per image, words with boxes in reading order.
import type { Worker as TesseractWorker } from 'tesseract.js';
import type { OcrLines, OcrReader, RgbaImage } from './platform';

/** How the platform hands pixels to tesseract (Node: a PNG buffer; browser: a Blob). */
export type ToTesseractInput = (image: RgbaImage) => Promise<unknown>;

export async function tesseractReader(worker: TesseractWorker, toInput: ToTesseractInput): Promise<OcrReader> {
  // Decoded pixels carry no resolution; without one tesseract guesses 70 dpi and says so on stderr.
  await worker.setParameters({ user_defined_dpi: '300' });
  return {
    async read(image: RgbaImage): Promise<OcrLines> {
      const input = await toInput(image);
      const { data } = await worker.recognize(input as never, {}, { blocks: true, text: false });
      const lines: OcrLines = [];
      for (const block of data.blocks ?? []) {
        if (lines.length) lines.push([]);
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines) {
            const words = line.words
              .filter((w) => w.text.trim())
              .map((w) => ({
                text: w.text.trim(),
                confidence: w.confidence,
                box: { x: w.bbox.x0, y: w.bbox.y0, width: w.bbox.x1 - w.bbox.x0, height: w.bbox.y1 - w.bbox.y0 },
              }));
            if (words.length) lines.push(words);
          }
        }
      }
      while (lines.length && !lines[lines.length - 1].length) lines.pop();
      return lines;
    },
  };
}

/** Tesseract options shared by both platforms: LSTM only (the small "best_int" data), no cache, no fetch fallbacks. */
export const TESSERACT_LANGS = 'eng+spa';
export const TESSERACT_OEM = 1; // OEM.LSTM_ONLY
