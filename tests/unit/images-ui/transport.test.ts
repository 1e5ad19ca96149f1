// The image's trip to the analyser and back: base64 parts through JSON (as Chromium's messaging
// does), reassembled byte for byte; cancellation; malformed answers become "could not be checked";
// and the face policy applied at publish.
import { describe, expect, it } from 'vitest';
import { requestAnalysis } from '../../../src/content/attachments/analysis-client';
import { judgeImages } from '../../../src/content/attachments/image-verdict';
import { ImageAnalyser, type ImageEngine } from '../../../src/offscreen/analyser';
import type { ImageMessage, ImageResult } from '../../../src/shared/image-messages';

const ok = (bytes: Uint8Array): ImageResult => ({ verdict: 'ok', findings: [], summary: `${bytes.length}`, width: 1, height: 1, format: 'png' });

function wire(engine: ImageEngine) {
  const analyser = new ImageAnalyser(async () => engine);
  const sent: string[] = [];
  const send = async (message: ImageMessage) => {
    const json = JSON.stringify(message);
    sent.push(message.type);
    return JSON.parse(JSON.stringify(await analyser.handle(JSON.parse(json)))) as unknown;
  };
  return { analyser, send, sent };
}

describe('image transport', () => {
  it('sends a 2.5 MB image in parts and the engine gets the exact bytes', async () => {
    const bytes = new Uint8Array(2_500_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) & 255;
    let got: Uint8Array | null = null;
    const { send, sent, analyser } = wire(async (image) => {
      got = image.bytes;
      return ok(image.bytes);
    });
    const result = await requestAnalysis({ bytes, mime: 'image/png', name: 'a.png', options: {} }, send);
    expect(result.summary).toBe('2500000');
    expect(got && Buffer.compare(Buffer.from(got), Buffer.from(bytes))).toBe(0);
    expect(sent.filter((t) => t === 'image-part').length).toBe(4);
    expect(analyser.pending).toBe(0);
  });

  it('a cancelled request aborts the engine and answers as not checked', async () => {
    const abort = new AbortController();
    let aborted = false;
    const { send } = wire((_image, options) =>
      new Promise((resolve) => options.signal?.addEventListener('abort', () => {
        aborted = true;
        resolve(ok(new Uint8Array()));
      })),
    );
    const pending = requestAnalysis({ bytes: new Uint8Array(10), options: {}, signal: abort.signal }, send);
    await new Promise((r) => setTimeout(r, 5));
    abort.abort();
    await pending;
    expect(aborted).toBe(true);
  });

  it('an engine that throws, or a malformed answer, is an error result (fail safe)', async () => {
    const { send } = wire(async () => {
      throw new Error('wasm failed');
    });
    expect((await requestAnalysis({ bytes: new Uint8Array(3), options: {} }, send)).error).toBe('wasm failed');
    const nonsense = await requestAnalysis({ bytes: new Uint8Array(3), options: {} }, async () => 'nonsense');
    expect(nonsense.error).toBeTruthy();
    const gone = await requestAnalysis({ bytes: new Uint8Array(3), options: {} }, async () => {
      throw new Error('Could not establish connection');
    });
    expect(gone.error).toMatch(/connection/);
  });

  it('an analyse request with missing parts is refused', async () => {
    const analyser = new ImageAnalyser(async () => async (image) => ok(image.bytes));
    await analyser.handle({ type: 'image-part', job: 'j', index: 0, count: 2, data: 'AAAA' });
    const result = (await analyser.handle({ type: 'image-analyze', job: 'j', options: {} })) as ImageResult;
    expect(result.error).toMatch(/whole/);
  });
});

describe('judging attached photos', () => {
  const name = { start: 0, end: 4, category: 'NAME' as const, ruleId: 'name', confidence: 0.9, reason: 'A name.', source: 'ocr' as const };
  const result = (verdict: 'ok' | 'warn', findings: ImageResult['findings'], error?: string): ImageResult =>
    ({ verdict, findings, summary: '', width: 10, height: 10, format: 'jpeg', ...(error ? { error } : {}) });
  type Image = Parameters<typeof judgeImages>[0][number];
  const image = (r: ImageResult | null) => ({ result: r, id: 1 }) as unknown as Image;

  it('flagged, clean, unread and failed photos', () => {
    const j = judgeImages([image(result('warn', [name])), image(result('ok', [])), image(null), image(result('ok', [], 'broken'))]);
    expect(j.flagged.map((f) => f.summary)).toEqual(['This photo shows patient information: name.']);
    expect(j.pending.length).toBe(1);
    expect(j.unchecked.length).toBe(1);
  });

  it('a photo still unread at the deadline could not be checked', () => {
    const j = judgeImages([image(null)], true);
    expect(j.pending).toEqual([]);
    expect(j.unchecked.length).toBe(1);
  });
});
