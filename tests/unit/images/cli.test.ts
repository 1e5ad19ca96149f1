// @vitest-environment node
// `phi-guard scan` on images: sniffed by content, JSON with a source on every finding, refusal of binary files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main';
import * as draw from './draw';

// Each run of main() starts its own OCR worker, as the command does; slow on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdin: async () => '', out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'phi-guard-cli-images-'));
const file = (name: string, content: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('phi-guard scan with images', () => {
  it('reads images by content whatever their name; JSON findings all carry a source', async () => {
    const chart = file('chart.txt', draw.chartScreenshot().bytes); // a PNG named .txt
    const poster = file('poster.jpg', draw.poster().bytes); // a PNG named .jpg
    const text = file('note.txt', 'MRN 00482917');
    const r = await run(['scan', chart, poster, text, '--json']);
    expect(r.code).toBe(1);
    const [c, p, t] = JSON.parse(r.out);
    expect(c).toMatchObject({ file: chart, verdict: 'warn', format: 'png' });
    expect(c.findings.map((f: { source: string }) => f.source)).toEqual(expect.arrayContaining(['ocr']));
    expect(p).toMatchObject({ file: poster, verdict: 'ok', format: 'png', findings: [] });
    expect(t.findings).toEqual([expect.objectContaining({ category: 'MRN', source: 'text' })]);
    for (const result of [c, t]) for (const f of result.findings) expect(['text', 'ocr', 'barcode', 'metadata', 'face']).toContain(f.source);
  });

  it('prints the summary and each finding with its source and box', async () => {
    const r = await run(['scan', file('gps.jpeg', draw.gpsPhoto().bytes)]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/WARN \(jpeg, 800×533\) This photo records where it was taken\./);
    expect(r.out).toMatch(/metadata\s+place\s+"41\.87811, -87\.62980"/);
  });

  it('refuses a file that is neither text nor a supported image, with exit 2', async () => {
    const pdf = file('notes.pdf', Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01, 0x02, 0xff, 0xfe]));
    const r = await run(['scan', pdf]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('notes.pdf is not text or a PNG, JPEG or WebP image');
    const controls = await run(['scan', file('controls.bin', '\x01\x02\x03\x04 hello \x05\x06\x07\x08')]);
    expect(controls.code).toBe(2);
    const latin1 = await run(['scan', file('latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe9, 0xe9]))]);
    expect(latin1.err).toContain('latin1.txt is not text or a PNG, JPEG or WebP image');
  });

  it('a damaged image exits 2 naming the file; --jsonl refuses an image', async () => {
    const png = draw.poster().bytes;
    const broken = await run(['scan', file('broken.png', png.slice(0, 300))]);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/broken\.png could not be checked: this image is damaged/);
    const jsonl = await run(['scan', '--jsonl', file('a.png', png)]);
    expect(jsonl.code).toBe(2);
    expect(jsonl.err).toMatch(/is an image/);
  });
});
