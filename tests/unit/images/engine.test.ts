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
beforeAll(async () => { await platform.ocr(); }, 60_000);
// OCR and the first face-model start are slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

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

  it('a clean poster and a statistics chart are ok', async () => {
    for (const image of [draw.poster(), draw.statisticsChart()]) {
      const r = await analyzeImage({ bytes: image.bytes }, {}, platform);
      expect(r.error).toBeUndefined();
      expect(r.findings).toEqual([]);
      expect(r.verdict).toBe('ok');
    }
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

  it('sniffs by content, not by name', () => {
    expect(sniffImageType(draw.poster().bytes)).toBe('png');
    expect(sniffImageType(draw.landscape(64, 48).bytes)).toBe('jpeg');
    expect(sniffImageType(new TextEncoder().encode('RIFF....WEBPVP8 '))).toBe('webp');
    expect(sniffImageType(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
  });
});
