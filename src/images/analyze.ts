// analyzeImage(): reads a picture on the device (text by OCR, barcodes, metadata, faces), runs what it reads
// through the same detector as typed text, and says in plain words what the picture shows.
import { scan, warningsOf } from '../detector';
import type { Finding, ScanOptions } from '../detector/types';
import { readBarcodes, type ReadBarcode } from './barcode';
import { mentionsPatient, readLayout, type LayoutContext } from './layout';
import { metadataFindings, readMetadata, type PhotoMetadata } from './metadata';
import { boxForSpan, layoutOcrText, toOriginal, type OcrText } from './ocr-text';
import type { DecodedImage, ImagePlatform } from './platform';
import { declaredSize, sniffImageType } from './sniff';
import { summarize } from './summary';
import type { ImageBox, ImageFinding, ImageInput, ImageScanOptions, ImageScanResult } from './types';

/** Larger than any phone camera (200 MP sensors bin to 50 MP): refused before decoding, a decompression bomb guard. */
export const MAX_IMAGE_PIXELS = 120_000_000;
export const MAX_IMAGE_BYTES = 100 * 1024 * 1024;
/**
 * Pictures are scaled down to at most this many pixels before OCR, barcodes and faces (scripts/bench-images.ts
 * measures the choice). Screenshots and other images: 4 MP keeps a 2560×1440 screen at full size, where
 * small UI text needs every pixel. Camera photos (EXIF camera make/model, or a JPEG above 2 MP, JPEG being
 * the camera format and screenshots mostly PNG): 1.5 MP, since in a noisy 12 MP photo OCR read the labelled
 * fields at 1 MP but missed some at 2–4 MP, and took longer (downscaling averages sensor noise away; text
 * people photograph to be read stays 15+ pixels high).
 */
export const READ_MAX_PIXELS = 4_000_000;
export const PHOTO_READ_MAX_PIXELS = 1_500_000;

const BIRTH_LABEL = /(?:d\.?\s?o\.?\s?b|birth|born|nacimiento|f\.?\s*nac)\W{0,6}$/i;

class Aborted extends Error {}

function checkAbort(signal?: AbortSignal) {
  if (signal?.aborted) throw new Aborted('the check was cancelled');
}

function failed(error: string, format: ImageScanResult['format'], width = 0, height = 0): ImageScanResult {
  return { verdict: 'warn', findings: [], summary: 'This image could not be checked.', width, height, format, error };
}

function scanOptions(options: ImageScanOptions): ScanOptions {
  return { sensitivity: options.sensitivity, categories: options.categories, allowList: options.allowList, customRules: options.customRules };
}

function ocrFindings(ocr: OcrText, options: ImageScanOptions, toBox: (b: ImageBox) => ImageBox): ImageFinding[] {
  return warningsOf(scan(ocr.text, scanOptions(options))).map((f: Finding) => {
    const box = boxForSpan(ocr, f.start, f.end);
    const birth = f.category === 'DATE' && BIRTH_LABEL.test(ocr.text.slice(Math.max(0, f.start - 24), f.start));
    return { ...f, ruleId: birth ? 'image.ocr.birthdate' : f.ruleId, source: 'ocr' as const,
      text: ocr.text.slice(f.start, f.end), ...(box ? { box: toBox(box) } : {}) };
  });
}

function barcodeFindings(codes: ReadBarcode[], layout: LayoutContext, elongated: boolean, ocrText: string,
  options: ImageScanOptions, toBox: (b: ImageBox) => ImageBox): ImageFinding[] {
  const findings: ImageFinding[] = [];
  // A code on a wristband or a patient label identifies the patient whatever it encodes.
  const onLabel = layout.patientDocument || (elongated && layout.fields.length > 0);
  for (const code of codes) {
    const box = toBox(code.box);
    for (const f of warningsOf(scan(code.text, scanOptions(options)))) {
      findings.push({ ...f, source: 'barcode', box, text: code.text.slice(f.start, f.end) });
    }
    if (onLabel) {
      const digits = code.text.replace(/\D/g, '');
      const matchesMrn = layout.fields.includes('mrn') && digits.length >= 5 && ocrText.replace(/\D/g, '').includes(digits);
      const category = matchesMrn || layout.kind === 'wristband' ? 'MRN' : 'OTHER_ID';
      findings.push({ start: 0, end: code.text.length, category, ruleId: 'image.barcode.label', confidence: 0.8,
        reason: `This ${code.format.startsWith('QR') ? 'QR code' : 'barcode'} is on what looks like a patient's ${layout.kind === 'wristband' ? 'wristband' : 'label'}.`,
        source: 'barcode', box, text: code.text });
    }
  }
  return findings;
}

function metadataTextFindings(meta: PhotoMetadata, options: ImageScanOptions): ImageFinding[] {
  return meta.texts.flatMap(({ value }) =>
    warningsOf(scan(value, scanOptions(options))).map((f) => ({ ...f, source: 'metadata' as const, text: value.slice(f.start, f.end) })));
}

async function decode(platform: ImagePlatform, input: ImageInput, format: 'png' | 'jpeg' | 'webp', maxPixels: number): Promise<DecodedImage> {
  const decoded = await platform.decode(input.bytes, format, maxPixels);
  if (!decoded.image.width || !decoded.image.height) throw new Error('no pixels');
  return decoded;
}

export async function analyzeImage(input: ImageInput, options: ImageScanOptions, platform: ImagePlatform): Promise<ImageScanResult> {
  const bytes = input?.bytes;
  const format = bytes instanceof Uint8Array ? sniffImageType(bytes) : null;
  if (!format) return failed('this file is not a PNG, JPEG or WebP image', null);
  if (bytes.length > MAX_IMAGE_BYTES) return failed(`this file is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`, format);
  const size = declaredSize(bytes, format);
  if (!size) return failed('this image is damaged or incomplete (its header cannot be read)', format);
  if (!size.width || !size.height) return failed('this image declares no pixels', format);
  if (size.width * size.height > MAX_IMAGE_PIXELS) {
    return failed(`this image declares ${size.width} × ${size.height} pixels, more than PHI Guard reads`, format, size.width, size.height);
  }
  try {
    checkAbort(options.signal);
    const meta = await readMetadata(bytes);
    const photo = meta.camera || (format === 'jpeg' && size.width * size.height > 2_000_000);
    let decoded: DecodedImage;
    try {
      decoded = await decode(platform, input, format, photo ? PHOTO_READ_MAX_PIXELS : READ_MAX_PIXELS);
    } catch (e) {
      return failed(`this image is damaged or cannot be decoded (${(e as Error).message ?? e})`, format, size.width, size.height);
    }
    const { width, height } = decoded;
    const scale = decoded.image.width / width;
    const toBox = (b: ImageBox) => toOriginal(b, scale, width, height);
    checkAbort(options.signal);

    const reader = await platform.ocr();
    const ocr = layoutOcrText(await reader.read(decoded.image));
    checkAbort(options.signal);
    const codes = readBarcodes(decoded.image);
    checkAbort(options.signal);

    const aspect = width / height;
    const elongated = aspect >= 2.5 || aspect <= 0.4;
    const layout = readLayout(ocr.text, aspect, codes.length > 0);
    const fromText = ocrFindings(ocr, options, toBox);
    const fromCodes = barcodeFindings(codes, layout, elongated, ocr.text, options, toBox);
    const postContext = mentionsPatient(options.postText)
      || (!!options.postText && scan(options.postText, scanOptions(options)).verdict === 'warn');
    const patientContext = layout.patientDocument || fromText.length > 0 || fromCodes.length > 0
      || mentionsPatient(ocr.text) || postContext;
    const findings: ImageFinding[] = [...fromText, ...fromCodes, ...metadataFindings(meta, patientContext), ...metadataTextFindings(meta, options)];

    const mode = options.photoFaces ?? 'context';
    const faceAlone = mode === 'always' || (mode === 'context' && options.sensitivity === 'high');
    if (mode !== 'off' && (faceAlone || patientContext)) {
      const detector = await platform.faces();
      checkAbort(options.signal);
      for (const face of detector ? await detector.detect(decoded.image) : []) {
        findings.push({ start: 0, end: 0, category: 'OTHER_ID', ruleId: 'image.face', confidence: Math.round(face.score * 100) / 100,
          reason: patientContext ? "This photo shows a person's face, and the post or the picture is about a patient." : "This photo shows a person's face.",
          source: 'face', box: toBox(face) });
      }
    }

    const allowed = findings.filter((f) => options.categories?.[f.category] !== false);
    const noun = meta.camera || format === 'jpeg' ? 'photo' : 'image';
    return {
      verdict: allowed.length ? 'warn' : 'ok',
      findings: allowed,
      summary: summarize(allowed, noun, allowed.some((f) => f.source === 'ocr' || f.source === 'barcode' || f.source === 'face') ? layout.kind : undefined),
      width, height, format,
    };
  } catch (e) {
    if (e instanceof Aborted) return failed(e.message, format, size.width, size.height);
    return failed(`this image could not be read (${(e as Error)?.message ?? e})`, format, size.width, size.height);
  }
}
