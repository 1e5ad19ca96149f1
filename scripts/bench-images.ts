// npm run bench (and npm run bench:images): the image engine on this machine. Time and memory to read a
// 1, 4 and 12-megapixel photo through analyzeImage() in Node (the engine the extension runs, with sharp in
// place of createImageBitmap), the effect of the read scale on what OCR finds, and how much the extension
// package grows with the shipped assets. Pictures are drawn here (tests/unit/images/draw.ts). Reports only.
import { statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { build } from 'esbuild';
import { scan } from '../src/detector';
import { analyzeImage, IMAGE_ASSETS, PHOTO_READ_MAX_PIXELS, READ_MAX_PIXELS } from '../src/images';
import { readBarcodes } from '../src/images/barcode';
import { layoutOcrText } from '../src/images/ocr-text';
import { createNodeImagePlatform } from '../src/images/platform-node';
import { bigPhoto, chartScreenshot } from '../tests/unit/images/draw';

const row = (label: string, value: string, note = '') => console.log(`  ${label.padEnd(44)} ${value.padEnd(26)} ${note}`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Samples the process's resident memory (the tesseract worker thread included) while fn runs. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peak: number; before: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peak, before };
  } finally {
    clearInterval(timer);
  }
}

async function packageGrowth() {
  console.log('\nPackage growth (files the extension ships for the image engine, src/images/assets.ts)');
  let total = 0;
  for (const asset of IMAGE_ASSETS) {
    const size = statSync(asset.source).size;
    total += size;
    row(asset.target, mb(size));
  }
  // The code the offscreen document bundles: the engine, tesseract.js's client, zxing, exifr, face-api + tfjs.
  const result = await build({
    stdin: { contents: "export * from './src/images'; export { createBrowserImagePlatform } from './src/images/platform-browser';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', target: 'chrome120', logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents.length;
  row('engine code (minified bundle, esbuild)', mb(code));
  row('total added to the extension', mb(total + code));
}

async function main() {
  console.log(`Image engine bench: ${cpus().length} cores (${cpus()[0]?.model}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`Pictures are read at most ${READ_MAX_PIXELS / 1e6} MP, camera photos ${PHOTO_READ_MAX_PIXELS / 1e6} MP (src/images/analyze.ts).`);
  const platform = createNodeImagePlatform();
  try {
    const startup = performance.now();
    await platform.ocr();
    row('OCR worker start (eng+spa)', s(performance.now() - startup));
    const faceStart = performance.now();
    await platform.faces();
    row('face model start', s(performance.now() - faceStart));
    // Warm up both models on a small picture.
    await analyzeImage({ bytes: chartScreenshot().bytes }, { photoFaces: 'always' }, platform);

    console.log('\nReading a photo (analyzeImage: decode, OCR, barcodes, metadata, faces; a card with a name, DOB and MRN in the scene)');
    for (const [label, w, h] of [['1 MP', 1155, 866], ['4 MP', 2309, 1732], ['12 MP', 4000, 3000]] as const) {
      const photo = bigPhoto(w, h);
      const runs: number[] = [];
      let last;
      let memory = { peak: 0, before: 0 };
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        const measured = await withPeakRss(() => analyzeImage({ bytes: photo.bytes }, {}, platform));
        runs.push(performance.now() - t);
        last = measured.value;
        if (measured.peak - measured.before > memory.peak - memory.before) memory = measured;
      }
      runs.sort((a, b) => a - b);
      const found = [...new Set(last!.findings.map((f) => `${f.source}:${f.category}`))].join(' ');
      row(`${label} (${w}×${h}, ${mb(photo.bytes.length)} JPEG)`, `median ${s(runs[1])}`, `${label === '12 MP' ? 'aim < 4 s; ' : ''}found ${found || 'nothing'}`);
      row('', `peak RSS ${mb(memory.peak)}`, `+${mb(Math.max(0, memory.peak - memory.before))} while reading`);
    }

    console.log('\nWhere the time goes on the 12 MP photo (one run each)');
    const photo = bigPhoto(4000, 3000);
    let t = performance.now();
    const decoded = await platform.decode(photo.bytes, 'jpeg', PHOTO_READ_MAX_PIXELS);
    row('decode + scale (sharp)', s(performance.now() - t), `${decoded.image.width}×${decoded.image.height}`);
    const reader = await platform.ocr();
    t = performance.now();
    await reader.read(decoded.image);
    row('OCR', s(performance.now() - t));
    t = performance.now();
    readBarcodes(decoded.image);
    row('barcodes', s(performance.now() - t));
    const faces = await platform.faces();
    t = performance.now();
    await faces?.detect(decoded.image);
    row('faces', s(performance.now() - t));

    console.log('\nRead scale: what OCR finds in a 12 MP photo at each read size (DATE MRN NAME expected)');
    for (const textScale of [1, 0.5]) {
      const sample = textScale === 1 ? photo : bigPhoto(4000, 3000, textScale);
      for (const megapixels of [1, 1.5, 2, 4]) {
        const img = await platform.decode(sample.bytes, 'jpeg', megapixels * 1e6);
        const t0 = performance.now();
        const ocr = layoutOcrText(await reader.read(img.image));
        const took = performance.now() - t0;
        const cats = [...new Set(scan(ocr.text).findings.map((f) => f.category))].sort().join(' ');
        const textPx = Math.round(24 * (4000 / 1000) * textScale * (img.image.width / 4000));
        row(`text ${textScale === 1 ? '2.4' : '1.2'}% of width, read at ${megapixels} MP`, `OCR ${s(took)}`, `text ≈${textPx} px; found ${cats || 'nothing'}`);
      }
    }
  } finally {
    await platform.dispose();
  }
  await packageGrowth();
}

await main();
