// Reads barcodes and QR codes with @zxing/library (pure TypeScript, runs the same in Node and the browser).
// Tries the picture as it is, inverted (light bars on dark), and turned a quarter (vertical barcodes).
import {
  BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource,
  type Result,
} from '@zxing/library';
import type { RgbaImage } from './platform';
import type { ImageBox } from './types';

export interface ReadBarcode {
  text: string;
  format: string;
  /** In the pixels of the image given. */
  box: ImageBox;
}

const FORMATS = [
  BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX, BarcodeFormat.PDF_417, BarcodeFormat.AZTEC,
  BarcodeFormat.CODE_128, BarcodeFormat.CODE_39, BarcodeFormat.CODE_93, BarcodeFormat.CODABAR, BarcodeFormat.ITF,
  BarcodeFormat.EAN_13, BarcodeFormat.EAN_8, BarcodeFormat.UPC_A, BarcodeFormat.UPC_E,
];
/** A wristband or label rarely carries more than a couple of codes; bounded so a busy image cannot loop long. */
const MAX_CODES = 4;

function luminance(image: RgbaImage): Uint8ClampedArray {
  const { data, width, height } = image;
  const out = new Uint8ClampedArray(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    // Transparent pixels count as white, as they show on a light page.
    const a = data[p + 3] / 255;
    out[i] = ((data[p] * 299 + data[p + 1] * 587 + data[p + 2] * 114) / 1000) * a + 255 * (1 - a);
  }
  return out;
}

function rotate90(gray: Uint8ClampedArray, width: number, height: number): Uint8ClampedArray {
  // Clockwise: new width = height; pixel (x, y) goes to (height - 1 - y, x).
  const out = new Uint8ClampedArray(gray.length);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[x * height + (height - 1 - y)] = gray[y * width + x];
  return out;
}

function boxOf(result: Result, width: number, height: number): ImageBox {
  const points = result.getResultPoints().filter(Boolean);
  const xs = points.map((p) => p.getX());
  const ys = points.map((p) => p.getY());
  let x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  // A 1D barcode is found along one scan line: give the box the bars' likely height.
  const pad = Math.max(4, (x1 - x0) * 0.15);
  if (y1 - y0 < pad) { y0 -= pad; y1 += pad; }
  if (x1 - x0 < pad) { x0 -= pad; x1 += pad; }
  x0 = Math.max(0, Math.floor(x0)); y0 = Math.max(0, Math.floor(y0));
  x1 = Math.min(width, Math.ceil(x1)); y1 = Math.min(height, Math.ceil(y1));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function blank(gray: Uint8ClampedArray, width: number, box: ImageBox) {
  for (let y = box.y; y < box.y + box.height; y++) gray.fill(255, y * width + box.x, y * width + box.x + box.width);
}

function decodeAll(reader: MultiFormatReader, gray: Uint8ClampedArray, width: number, height: number): { result: Result; box: ImageBox }[] {
  const found: { result: Result; box: ImageBox }[] = [];
  const work = gray.slice();
  while (found.length < MAX_CODES) {
    let result: Result;
    try {
      result = reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(work, width, height))));
    } catch {
      break; // NotFoundException and friends: nothing (more) here
    }
    const box = boxOf(result, width, height);
    found.push({ result, box });
    if (!box.width || !box.height) break;
    blank(work, width, box);
  }
  return found;
}

export function readBarcodes(image: RgbaImage): ReadBarcode[] {
  const { width, height } = image;
  if (width < 8 || height < 8) return [];
  // The picture as it is gets zxing's thorough search; the inverted and turned passes (rarer cases, each as
  // costly again) get its quick one, so a picture without any code costs about two passes, not three.
  const reader = new MultiFormatReader();
  reader.setHints(new Map<DecodeHintType, unknown>([[DecodeHintType.POSSIBLE_FORMATS, FORMATS], [DecodeHintType.TRY_HARDER, true]]));
  const quick = new MultiFormatReader();
  quick.setHints(new Map<DecodeHintType, unknown>([[DecodeHintType.POSSIBLE_FORMATS, FORMATS]]));
  const gray = luminance(image);
  const seen = new Set<string>();
  const out: ReadBarcode[] = [];
  const add = (found: { result: Result; box: ImageBox }[], mapBox: (b: ImageBox) => ImageBox) => {
    for (const { result, box } of found) {
      const text = result.getText();
      if (!text || seen.has(text)) continue;
      seen.add(text);
      out.push({ text, format: BarcodeFormat[result.getBarcodeFormat()], box: mapBox(box) });
    }
  };
  add(decodeAll(reader, gray, width, height), (b) => b);
  if (!out.length) add(decodeAll(quick, gray.map((v) => 255 - v), width, height), (b) => b);
  if (!out.length) {
    // Turned clockwise: a box (x, y, w, h) in the turned image is (y, height - x - w, h, w) in the original.
    const turned = rotate90(gray, width, height);
    add(decodeAll(quick, turned, height, width), (b) => ({ x: b.y, y: height - b.x - b.width, width: b.height, height: b.width }));
  }
  return out;
}
