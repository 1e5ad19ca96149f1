// The image platform for Node (the command line, tests, the bench).
// Decoding: sharp (libvips, prebuilt for this platform inside its npm packages @img/sharp-*; no download at
// install): it decodes PNG, JPEG and WebP, applies EXIF orientation and scales a 12 MP JPEG down while it
// decodes (shrink-on-load), which pure-JS decoders (jpeg-js, pngjs) cannot, and it refuses truncated files.
// OCR: tesseract.js in a worker thread, its WASM core from tesseract.js-core and the English and Spanish
// data from @tesseract.js-data/* read from node_modules; cacheMethod 'none' so nothing is fetched or written.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chooseBackend, createFaceApiDetector, FACE_MODEL_FILES, TFJS_WASM_FILES } from './faces';
import { MAX_IMAGE_PIXELS } from './analyze';
import type { DecodedImage, FaceDetector, ImagePlatform, OcrReader, RgbaImage } from './platform';
import { tesseractReader, TESSERACT_LANGS, TESSERACT_OEM } from './tesseract-reader';
import type { ImageFormat } from './types';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** Where each language's data lives in node_modules (LSTM "best_int" models, gzipped). */
function traineddataFile(lang: string): string {
  return join(packageDir(`@tesseract.js-data/${lang}`), '4.0.0_best_int', `${lang}.traineddata.gz`);
}

async function loadSharp() {
  return (await import('sharp')).default;
}

async function decode(bytes: Uint8Array, _format: ImageFormat, maxPixels: number): Promise<DecodedImage> {
  const sharp = await loadSharp();
  const options = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'warning' as const };
  const meta = await sharp(bytes, options).metadata();
  if (!meta.width || !meta.height) throw new Error('no size');
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? meta.height : meta.width;
  const height = turned ? meta.width : meta.height;
  const scale = Math.min(1, Math.sqrt(maxPixels / (width * height)));
  const { data, info } = await sharp(bytes, options)
    .rotate() // EXIF orientation, so boxes match the picture people see
    .resize(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)), { fit: 'fill' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { image: { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height }, width, height };
}

async function toPng(image: RgbaImage): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(image.data, { raw: { width: image.width, height: image.height, channels: 4 } }).png({ compressionLevel: 1 }).toBuffer();
}

export interface NodeImagePlatform extends ImagePlatform {}

export function createNodeImagePlatform(): NodeImagePlatform {
  let worker: Promise<import('tesseract.js').Worker> | null = null;
  let langDir: string | null = null;
  let reader: Promise<OcrReader> | null = null;
  let faces: Promise<FaceDetector | null> | null = null;

  const startWorker = async () => {
    const { createWorker } = await import('tesseract.js');
    // tesseract.js reads every language from one langPath folder, and the two languages ship in two
    // packages: a temporary folder links them side by side (removed by dispose()).
    langDir = mkdtempSync(join(tmpdir(), 'phi-guard-tessdata-'));
    for (const lang of TESSERACT_LANGS.split('+')) {
      const target = join(langDir, `${lang}.traineddata.gz`);
      try { symlinkSync(traineddataFile(lang), target); } catch { copyFileSync(traineddataFile(lang), target); }
    }
    return createWorker(TESSERACT_LANGS, TESSERACT_OEM, {
      langPath: langDir,
      cacheMethod: 'none',
      gzip: true,
      errorHandler: () => undefined,
    });
  };

  return {
    decode,
    ocr() {
      reader ??= (async () => {
        worker = startWorker();
        return tesseractReader(await worker, toPng);
      })();
      return reader;
    },
    faces() {
      faces ??= (async () => {
        // face-api's self-contained ES bundle carries TensorFlow.js built for browsers; when it sees Node it
        // picks a Node platform that its bundle left out. Presenting a worker scope while it loads makes it
        // take its browser platform (TextEncoder and fetch, both in Node), then the flag is put back.
        const g = globalThis as { WorkerGlobalScope?: unknown };
        const had = 'WorkerGlobalScope' in g;
        if (!had) g.WorkerGlobalScope = class {};
        let faceapi: typeof import('@vladmandic/face-api');
        try {
          faceapi = await import('@vladmandic/face-api/dist/face-api.esm.js');
        } finally {
          if (!had) delete g.WorkerGlobalScope;
        }
        // Its CPU backend would print advice about Node's native backend on first use.
        (faceapi.tf as unknown as { env(): { set(flag: string, value: boolean): void } }).env().set('IS_NODE', false);
        // The WebAssembly backend: its binaries as data: URLs (Node's fetch reads no file paths), and the
        // emscripten loader inside the bundle wants a __dirname while it starts.
        const wasmDir = join(packageDir('@tensorflow/tfjs-backend-wasm'), 'dist');
        const wasmPaths = Object.fromEntries(TFJS_WASM_FILES.map((f) =>
          [f, `data:application/wasm;base64,${readFileSync(join(wasmDir, f)).toString('base64')}`]));
        const gd = globalThis as { __dirname?: string };
        const hadDirname = '__dirname' in gd;
        if (!hadDirname) gd.__dirname = wasmDir;
        try {
          await chooseBackend(faceapi, { wasmPaths, usePlatformFetch: true });
        } finally {
          if (!hadDirname) delete gd.__dirname;
        }
        const modelDir = join(packageDir('@vladmandic/face-api'), 'model');
        const manifest = JSON.parse(readFileSync(join(modelDir, FACE_MODEL_FILES.manifest), 'utf8'));
        const weights = new Uint8Array(readFileSync(join(modelDir, FACE_MODEL_FILES.weights)));
        return createFaceApiDetector(faceapi, manifest, weights);
      })();
      return faces;
    },
    async dispose() {
      const w = worker;
      worker = null;
      reader = null;
      if (w) await (await w).terminate();
      if (langDir) rmSync(langDir, { recursive: true, force: true });
      langDir = null;
    },
  };
}
