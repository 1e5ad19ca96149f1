// The image platform for extension pages (Chromium's offscreen document, Firefox's background page).
// Decoding: createImageBitmap (EXIF orientation applied) drawn scaled onto an OffscreenCanvas.
// OCR: tesseract.js's worker script, WASM core and language data loaded from the extension's own files
// (see assets.ts), cacheMethod 'none' and workerBlobURL false: nothing is fetched from the network or cached
// in IndexedDB. The extension page needs 'wasm-unsafe-eval' in its content security policy.
import { chooseBackend, createFaceApiDetector, TFJS_WASM_FILES } from './faces';
import { IMAGE_ASSET_PATHS } from './assets';
import type { DecodedImage, FaceDetector, ImagePlatform, OcrReader, RgbaImage } from './platform';
import { tesseractReader, TESSERACT_LANGS, TESSERACT_OEM } from './tesseract-reader';
import type { ImageFormat } from './types';

export interface BrowserImagePlatformOptions {
  /** The URL of a packaged file, e.g. (path) => chrome.runtime.getURL(path). */
  assetUrl: (path: string) => string;
}

const MIME: Record<ImageFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };

async function decode(bytes: Uint8Array, format: ImageFormat, maxPixels: number): Promise<DecodedImage> {
  // A copy: the Blob must not share (or detach) the caller's buffer, which is the user's attachment.
  const bitmap = await createImageBitmap(new Blob([bytes.slice()], { type: MIME[format] }), { imageOrientation: 'from-image' });
  try {
    const { width, height } = bitmap;
    const scale = Math.min(1, Math.sqrt(maxPixels / (width * height)));
    const w = Math.max(1, Math.round(width * scale));
    const h = Math.max(1, Math.round(height * scale));
    const canvas = new OffscreenCanvas(w, h);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D canvas');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, w, h);
    const pixels = context.getImageData(0, 0, w, h);
    return { image: { data: pixels.data, width: w, height: h }, width, height };
  } finally {
    bitmap.close();
  }
}

async function toBlob(image: RgbaImage): Promise<Blob> {
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  return canvas.convertToBlob({ type: 'image/png' });
}

export function createBrowserImagePlatform({ assetUrl }: BrowserImagePlatformOptions): ImagePlatform {
  let worker: Promise<import('tesseract.js').Worker> | null = null;
  let reader: Promise<OcrReader> | null = null;
  let faces: Promise<FaceDetector | null> | null = null;
  return {
    decode,
    ocr() {
      reader ??= (async () => {
        const { createWorker } = await import('tesseract.js');
        worker = createWorker(TESSERACT_LANGS, TESSERACT_OEM, {
          workerPath: assetUrl(IMAGE_ASSET_PATHS.tesseractWorker),
          corePath: assetUrl(IMAGE_ASSET_PATHS.tesseractCore),
          langPath: assetUrl(IMAGE_ASSET_PATHS.tesseractLangDir),
          workerBlobURL: false,
          cacheMethod: 'none',
          gzip: true,
          errorHandler: () => undefined,
        });
        return tesseractReader(await worker, toBlob);
      })();
      return reader;
    },
    faces() {
      faces ??= (async () => {
        const faceapi = await import('@vladmandic/face-api/dist/face-api.esm.js');
        await chooseBackend(faceapi, {
          wasmPaths: Object.fromEntries(TFJS_WASM_FILES.map((f) => [f, assetUrl(`${IMAGE_ASSET_PATHS.tfjsWasmDir}/${f}`)])),
          usePlatformFetch: false,
        });
        const [manifest, weights] = await Promise.all([
          fetch(assetUrl(IMAGE_ASSET_PATHS.faceManifest)).then((r) => r.json()),
          fetch(assetUrl(IMAGE_ASSET_PATHS.faceWeights)).then((r) => r.arrayBuffer()),
        ]);
        return createFaceApiDetector(faceapi, manifest, new Uint8Array(weights));
      })();
      return faces;
    },
    async dispose() {
      const w = worker;
      worker = null;
      reader = null;
      if (w) await (await w).terminate();
    },
  };
}
