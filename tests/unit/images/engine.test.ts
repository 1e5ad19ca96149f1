// @vitest-environment node
// The image engine read end to end on pictures the tests draw: OCR, barcodes, metadata, and refusal of bad
// input. One Node platform (one tesseract worker) is shared by the whole file; images are small.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyzeImage, sniffImageType, type ImageScanResult } from '../../../src/images';
import { createNodeImagePlatform } from '../../../src/images/platform-node';
import * as draw from './draw';

const platform = createNodeImagePlatform();
const started = Date.now();
afterAll(async () => {
  await platform.dispose();
  console.log(`image engine tests: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
// Start both models once, before the timed tests: OCR and the face model's first run are the slow part
// (seconds each; far more on a shared, loaded 2-core machine, hence the generous limits).
beforeAll(async () => { await Promise.all([platform.ocr(), platform.faces()]); }, 240_000);
vi.setConfig({ testTimeout: 120_000 });

function expectBoxesInside(result: ImageScanResult) {
  for (const f of result.findings) {
    if (!f.box) continue;
    expect(f.box.x).toBeGreaterThanOrEqual(0);
    expect(f.box.y).toBeGreaterThanOrEqual(0);
    expect(f.box.width).toBeGreaterThan(0);
    expect(f.box.height).toBeGreaterThan(0);
    expect(f.box.x + f.box.width).toBeLessThanOrEqual(result.width);
    expect(f.box.y + f.box.height).toBeLessThanOrEqual(result.height);
  }
}

const categories = (r: ImageScanResult, source: string) => r.findings.filter((f) => f.source === source).map((f) => f.category);

describe('analyzeImage on drawn pictures', () => {
  it('a chart screenshot: name, date of birth and record number read by OCR, boxed where they are', async () => {
    const image = draw.chartScreenshot();
    const before = image.bytes.slice();
    const r = await analyzeImage({ bytes: image.bytes }, {}, platform);
    expect(r.error).toBeUndefined();
    expect(r).toMatchObject({ verdict: 'warn', format: 'png', width: image.width, height: image.height });
    expect(categories(r, 'ocr')).toEqual(expect.arrayContaining(['NAME', 'DATE', 'MRN']));
    const mrn = r.findings.find((f) => f.category === 'MRN')!;
    expect(mrn.text).toBe('00583921');
    // The record number is drawn at x=20.., y≈78+68 in the banner.
    expect(mrn.box!.y).toBeGreaterThan(120);
    expect(mrn.box!.y + mrn.box!.height).toBeLessThan(165);
    expect(r.summary).toMatch(/^This image shows a name, a date of birth and a medical record number.* on what looks like a chart\.$/);
    expectBoxesInside(r);
    expect(image.bytes).toEqual(before); // never modifies the input
  });

  it('a whiteboard photo with noise and a slant: a bed number and a date of birth', async () => {
    const image = draw.whiteboardPhoto();
    const r = await analyzeImage({ bytes: image.bytes }, {}, platform);
    expect(r).toMatchObject({ verdict: 'warn', format: 'jpeg', width: 900, height: 600 });
    expect(categories(r, 'ocr')).toEqual(expect.arrayContaining(['ROOM', 'DATE']));
    expect(r.findings.find((f) => f.category === 'DATE')!.text).toBe('11/02/1941');
    expect(r.summary).toMatch(/^This photo shows .*a date of birth/);
    expectBoxesInside(r);
  });

  it('a wristband: the barcode is a finding of its own, boxed where it is drawn', async () => {
    const image = await draw.wristband();
    const r = await analyzeImage({ bytes: image.bytes }, {}, platform);
    expect(r.verdict).toBe('warn');
    const code = r.findings.find((f) => f.source === 'barcode' && f.ruleId === 'image.barcode.label')!;
    expect(code).toMatchObject({ category: 'MRN', text: '40917733' });
    // Drawn at x=600, y=60.
    expect(code.box!.x).toBeGreaterThanOrEqual(590);
    expect(code.box!.y).toBeGreaterThanOrEqual(50);
    expect(categories(r, 'ocr')).toEqual(expect.arrayContaining(['DATE', 'MRN']));
    expect(r.summary).toMatch(/on what looks like a wristband\.$/);
    expectBoxesInside(r);
  });

  it('a lab label: name and birth date by OCR, the accession barcode on a label', async () => {
    const image = await draw.labLabel();
    const r = await analyzeImage({ bytes: image.bytes }, {}, platform);
    expect(r.verdict).toBe('warn');
    expect(categories(r, 'ocr')).toEqual(expect.arrayContaining(['NAME', 'DATE']));
    expect(r.findings.find((f) => f.source === 'barcode')).toMatchObject({ category: 'OTHER_ID', text: 'L26118342' });
    expect(r.summary).toMatch(/on what looks like a label\.$/);
    expectBoxesInside(r);
  });

  it('a photo with GPS metadata: where it was taken, and nothing else', async () => {
    const image = draw.gpsPhoto();
    const r = await analyzeImage({ bytes: image.bytes }, {}, platform);
    expect(r.verdict).toBe('warn');
    expect(r.findings).toEqual([expect.objectContaining({ source: 'metadata', category: 'LOCATION', text: '41.87811, -87.62980' })]);
    expect(r.summary).toBe('This photo records where it was taken.');
    // The same scene without the EXIF segment is clean.
    expect((await analyzeImage({ bytes: draw.landscape(800, 533, 11).bytes }, {}, platform)).verdict).toBe('ok');
  });

  it('a disabled category is not reported', async () => {
    const r = await analyzeImage({ bytes: draw.gpsPhoto().bytes }, { categories: { LOCATION: false } }, platform);
    expect(r.verdict).toBe('ok');
  });

  it('a clean poster, a statistics chart and a landscape are ok', async () => {
    for (const image of [draw.poster(), draw.statisticsChart(), draw.landscape()]) {
      const r = await analyzeImage({ bytes: image.bytes }, {}, platform);
      expect(r.error).toBeUndefined();
      expect(r.findings).toEqual([]);
      expect(r.verdict).toBe('ok');
    }
  });
});

describe('faces count by photoFaces and patient context', () => {
  // The drawn pictures hold no real face, so the model is replaced by one that always finds a face here;
  // the real model's start and run are covered on a landscape below and measured in the bench.
  const oneFace = { ...platform, faces: async () => ({ detect: async () => [{ x: 100, y: 80, width: 120, height: 150, score: 0.9 }] }) };
  const scene = draw.landscape(640, 427, 21);

  it("'context' (the default): a face counts only when the post or the picture is about a patient", async () => {
    expect((await analyzeImage({ bytes: scene.bytes }, {}, oneFace)).verdict).toBe('ok');
    const r = await analyzeImage({ bytes: scene.bytes }, { postText: 'Our patient in bed 4 finally smiled today' }, oneFace);
    expect(r.verdict).toBe('warn');
    expect(r.findings).toEqual([expect.objectContaining({ source: 'face', category: 'OTHER_ID', box: { x: 100, y: 80, width: 120, height: 150 } })]);
    expect(r.summary).toBe('This photo shows a face.');
    expect((await analyzeImage({ bytes: scene.bytes }, { sensitivity: 'high' }, oneFace)).verdict).toBe('warn');
  });

  it("'always' flags a face on its own; 'off' never, even with patient context", async () => {
    expect((await analyzeImage({ bytes: scene.bytes }, { photoFaces: 'always' }, oneFace)).verdict).toBe('warn');
    const off = await analyzeImage({ bytes: scene.bytes }, { photoFaces: 'off', postText: 'my patient today' }, oneFace);
    expect(off.verdict).toBe('ok');
  });

  it('the real face model starts from the package files and finds no face in a landscape', async () => {
    const r = await analyzeImage({ bytes: scene.bytes }, { photoFaces: 'always' }, platform);
    expect(r.error).toBeUndefined();
    expect(r.findings.filter((f) => f.source === 'face')).toEqual([]);
    expect(await platform.faces()).not.toBeNull();
  });
});

describe('bad input gives an error, never a crash or a hang', () => {
  const png = draw.poster().bytes;
  const cases: [string, Uint8Array][] = [
    ['empty', new Uint8Array(0)],
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)],
    ['truncated PNG', png.slice(0, Math.floor(png.length / 3))],
    ['PNG header then random bytes', Uint8Array.from([...png.slice(0, 33), ...Array.from({ length: 2000 }, (_, i) => (i * 31) % 256)])],
    ['PNG declaring 50,000 × 50,000 pixels', (() => { const b = png.slice(0, 200); const v = new DataView(b.buffer); v.setUint32(16, 50_000); v.setUint32(20, 50_000); return b; })()],
  ];
  for (const [name, bytes] of cases) {
    it(name, async () => {
      const r = await analyzeImage({ bytes }, {}, platform);
      expect(r.error).toMatch(/\w/);
      expect(r.verdict).toBe('warn');
      expect(r.summary).toBe('This image could not be checked.');
    });
  }

  it('a cancelled check says so', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await analyzeImage({ bytes: draw.poster().bytes }, { signal: controller.signal }, platform);
    expect(r.error).toMatch(/cancelled/);
  });

  it('sniffs by content, not by name', () => {
    expect(sniffImageType(draw.poster().bytes)).toBe('png');
    expect(sniffImageType(draw.landscape(64, 48).bytes)).toBe('jpeg');
    expect(sniffImageType(new TextEncoder().encode('RIFF....WEBPVP8 '))).toBe('webp');
    expect(sniffImageType(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
  });
});
