// The content script asks the service worker for the knowledge on the first composer focus, in
// KNOWLEDGE_PARTS messages sent at once, joins and installs it, and rescans; the worker answers from its
// own package file (knowledge.bin, built here as the build makes it). Until then (or if it never comes)
// the detector runs on its core.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PACKAGED_KNOWLEDGE as data } from '../../../src/detector/knowledge/packaged';
import { givenNameClass, installKnowledge, knowledgeReady, placeClass, prepareSemanticScores, semanticScores, surnameClass, wordClass, type KnowledgeData } from '../../../src/detector/knowledge';
import { KNOWLEDGE_PARTS, KnowledgeAssembler, knowledgeFromParts, knowledgeFromText, knowledgeParts, knowledgeToText } from '../../../src/detector/knowledge/wire';
import { loadKnowledge, prepareKnowledge } from '../../../src/content/knowledge-loader';
import { handleMessage } from '../../../src/background/message-router';
import { knowledgePackage } from '../../../scripts/lib/knowledge-package';
import { installFakeExtension, removeFakeExtension } from '../policy/fake-extension';
import type { Message } from '../../../src/shared/messages';

const knowledge = data as KnowledgeData;
const packageBytes = knowledgePackage();

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
  installKnowledge(knowledge);
  vi.unstubAllGlobals();
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const parts = knowledgeParts(knowledgeToText(knowledge));
/** A worker that answers every part from memory. */
const answering = () => vi.fn(async (m: { part: number }) => ({ part: parts[m.part] }));

describe('loadKnowledge (content script)', () => {
  it('asks for every part once, installs the joined answer and calls back', async () => {
    installKnowledge(null);
    const sendMessage = answering();
    (globalThis as { chrome?: unknown }).chrome = { runtime: { id: 'test', sendMessage } };
    const ready = vi.fn();
    loadKnowledge(ready);
    loadKnowledge(ready); // a second focus while the first request is out
    expect(sendMessage).toHaveBeenCalledTimes(KNOWLEDGE_PARTS);
    expect(sendMessage.mock.calls.map((c) => c[0])).toEqual(Array.from({ length: KNOWLEDGE_PARTS }, (_, part) => ({ type: 'knowledge-request', part })));
    await flush();
    expect(knowledgeReady()).toBe(true);
    expect(ready).toHaveBeenCalledTimes(1);
    expect(givenNameClass('dale')).toBeGreaterThan(0);
    expect(semanticScores()?.size).toBeGreaterThan(10_000); // the post model's word scores came too
    loadKnowledge(ready);
    expect(sendMessage).toHaveBeenCalledTimes(KNOWLEDGE_PARTS);
  });

  it('stays on the core when the worker fails or answers nonsense, and asks again on the next focus', async () => {
    installKnowledge(null);
    let call = 0;
    const sendMessage = vi.fn(async (m: { part: number }) => {
      const round = Math.floor(call++ / KNOWLEDGE_PARTS);
      if (round === 0 && m.part === 3) throw new Error('Extension context invalidated.');
      if (round === 1) return { part: m.part === 5 ? { text: 42 } : parts[m.part] };
      if (round === 2) return { part: m.part === 7 ? null : parts[m.part] }; // the worker could not read the file
      return { part: parts[m.part] };
    });
    (globalThis as { chrome?: unknown }).chrome = { runtime: { id: 'test', sendMessage } };
    const ready = vi.fn();
    for (let round = 0; round < 3; round++) {
      loadKnowledge(ready);
      await flush();
      expect(knowledgeReady(), `round ${round}`).toBe(false);
    }
    expect(ready).not.toHaveBeenCalled();
    loadKnowledge(ready);
    await flush();
    expect(knowledgeReady()).toBe(true);
    expect(ready).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledTimes(4 * KNOWLEDGE_PARTS);
  });
});

describe('prepareKnowledge (content script, first composer seen)', () => {
  it('asks the worker once per page to read the file, and takes nothing itself', async () => {
    installKnowledge(null);
    const sendMessage = vi.fn(async () => undefined);
    (globalThis as { chrome?: unknown }).chrome = { runtime: { id: 'test', sendMessage } };
    prepareKnowledge();
    prepareKnowledge(); // a second composer
    expect(sendMessage.mock.calls).toEqual([[{ type: 'knowledge-prepare' }]]);
    await flush();
    expect(knowledgeReady()).toBe(false);
  });
});

describe('knowledge parts', () => {
  it('join back to the same knowledge, which looks up as the readable file does', () => {
    const back = knowledgeFromParts(parts)!;
    expect(back.packed).toBe(true);
    expect(back.common).toBe(knowledge.common);
    expect(back.phone).toEqual(knowledge.phone);
    const probe = () => [givenNameClass('dale'), surnameClass('nguyen'), wordClass('the'), placeClass('texas')];
    const fromFile = probe();
    installKnowledge(back);
    expect(probe()).toEqual(fromFile);
    expect(fromFile.every((c) => c !== undefined)).toBe(true);
  });
  it('are of equal size, so no one message holds up the rest', () => {
    const sizes = parts.map((p) => p.text.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });
  it('never split a surrogate pair', () => {
    const text = `${'\u{1F600}'.repeat(1000)}x`; // 2,001 code units: most even cuts fall inside a pair
    const slices = knowledgeParts(text).map((p) => p.text);
    expect(slices.join('')).toBe(text);
    for (const slice of slices) expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(slice)).toBe(false);
  });
  it('join in any order of arrival, and hand over each header line once the parts before its end are in', () => {
    // The lines: the other languages' cue phrases, the word scores, then the rest with the tables' lengths.
    const text = knowledgeToText(knowledge);
    const lineEnds = [...text.matchAll(/\n/g)].slice(0, 3).map((m) => m.index);
    const partOf = (at: number) => parts.findIndex((_, k) => parts.slice(0, k + 1).reduce((n, p) => n + p.text.length, 0) > at);
    const [cuesEnd, scoresEnd, headerEnd] = lineEnds.map(partOf);
    expect(cuesEnd).toBe(0); // the cue phrases come with the first part, long before the rest of the header
    expect(scoresEnd).toBeLessThan(headerEnd);
    expect(headerEnd).toBeLessThan(KNOWLEDGE_PARTS - 1);
    const headers: Record<string, unknown>[] = [];
    const assembler = new KnowledgeAssembler((h) => headers.push(h));
    const order = [...parts.keys()].reverse(); // the header's parts last
    for (const k of order.slice(0, -1)) assembler.add(k, parts[k]);
    expect(headers).toEqual([]);
    expect(assembler.result()).toBeNull(); // part 0 is missing
    assembler.add(0, parts[0]);
    expect(headers.map(Object.keys)).toEqual([['cues'], ['semantic'], expect.arrayContaining(['common', 'phone', 'lengths'])]);
    const expected = knowledgeFromText(text)!;
    expect(expected.cues).toEqual(knowledge.cues);
    expect(expected.semantic).toEqual(knowledge.semantic);
    expect(assembler.result()).toEqual(expected);
    // In order: each line comes with the part that ends it, before the parts after it.
    const inOrder: Record<string, unknown>[] = [];
    const assembled = new KnowledgeAssembler((h) => inOrder.push(h));
    parts.slice(0, scoresEnd + 1).forEach((p, k) => assembled.add(k, p));
    expect(inOrder.map(Object.keys)).toEqual([['cues'], ['semantic']]);
    expect(inOrder[1].semantic).toEqual(knowledge.semantic);
    parts.slice(scoresEnd + 1, headerEnd + 1).forEach((p, k) => assembled.add(scoresEnd + 1 + k, p));
    expect(inOrder.length).toBe(3);
    expect(assembled.result()).toBeNull(); // the tables' parts are still missing
    parts.slice(headerEnd + 1).forEach((p, k) => assembled.add(headerEnd + 1 + k, p));
    expect(assembled.result()).toEqual(expected);
  });
  it('refuse a header that is not JSON objects, or never ends', () => {
    const text = knowledgeToText(knowledge);
    const firstLine = text.indexOf('\n');
    expect(knowledgeFromText(`[1,2]${text.slice(firstLine)}`)).toBeNull();
    expect(knowledgeFromText(`{"cues":${text.slice(firstLine)}`)).toBeNull();
    expect(knowledgeFromText(text.replace(/\n/g, ' '))).toBeNull();
    // a "__proto__" field stays a field
    const polluted = knowledgeFromText(`{"__proto__":{"polluted":1}}\n${text}`)!;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(polluted.given).toBe(knowledgeFromText(text)!.given);
  });
  it('install the word scores built ahead from the header as the ones installKnowledge would build', () => {
    // The table's arrays, byte for byte (toEqual on 262,144-entry arrays takes too long).
    const bytes = () => {
      const t = semanticScores() as unknown as Record<'keys' | 'levels' | 'functional', ArrayBufferView>;
      return Buffer.concat([t.keys, t.levels, t.functional].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
    };
    const back = knowledgeFromParts(parts)!;
    installKnowledge(back);
    const built = bytes();
    prepareSemanticScores(back.semantic);
    const ahead = semanticScores(); // preparing installs nothing
    installKnowledge(back);
    expect(semanticScores()).not.toBe(ahead);
    expect(bytes().equals(built)).toBe(true);
    prepareSemanticScores({ ...back.semantic, levels: [] }); // another object: not used
    installKnowledge(back);
    expect(bytes().equals(built)).toBe(true);
  });
  it('refuse a missing, reordered or truncated part', () => {
    expect(knowledgeFromParts(parts.slice(1))).toBeNull();
    expect(knowledgeFromParts([parts[1], parts[0], ...parts.slice(2)])).toBeNull();
    expect(knowledgeFromParts([...parts.slice(0, -1), { text: parts.at(-1)!.text.slice(1) }])).toBeNull();
  });
});

describe('knowledge-request (service worker)', () => {
  it('answers each part from the package file, read once', async () => {
    installFakeExtension();
    const fetchMock = vi.fn(async (url: string) => (url.endsWith('/knowledge.bin') ? new Response(new Uint8Array(packageBytes)) : new Response('', { status: 404 })));
    vi.stubGlobal('fetch', fetchMock);
    const fromTab = { id: 'test', tab: { id: 4 } as chrome.tabs.Tab, frameId: 0 };
    const answers = await Promise.all(Array.from({ length: KNOWLEDGE_PARTS }, (_, part) => handleMessage({ type: 'knowledge-request', part } as Message, fromTab)));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0][0]).toBe('chrome-extension://test/knowledge.bin');
    const back = knowledgeFromParts(answers.map((a) => (a as { part: unknown }).part))!;
    expect(back).not.toBeNull();
    const expected = knowledgeFromParts(parts)!;
    for (const table of ['given', 'surname', 'word', 'place'] as const) expect(back[table], table).toBe(expected[table]);
    expect(back.phone).toEqual(knowledge.phone);
    expect(back.semantic).toEqual(knowledge.semantic);
    expect(await handleMessage({ type: 'knowledge-request', part: KNOWLEDGE_PARTS } as Message, fromTab)).toEqual({ part: null });
    removeFakeExtension();
  });
  it('reads the file on knowledge-prepare, and the requests after it do not read it again', async () => {
    vi.resetModules(); // a fresh worker: nothing read yet
    const { handleMessage: freshWorker } = await import('../../../src/background/message-router');
    installFakeExtension();
    const fetchMock = vi.fn(async () => new Response(new Uint8Array(packageBytes)));
    vi.stubGlobal('fetch', fetchMock);
    const fromTab = { id: 'test', tab: { id: 4 } as chrome.tabs.Tab, frameId: 0 };
    expect(await freshWorker({ type: 'knowledge-prepare' } as Message, fromTab)).toBeUndefined();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const answers = await Promise.all(Array.from({ length: KNOWLEDGE_PARTS }, (_, part) => freshWorker({ type: 'knowledge-request', part } as Message, fromTab)));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(knowledgeFromParts(answers.map((a) => (a as { part: unknown }).part))?.given).toBe(knowledgeFromParts(parts)!.given);
    removeFakeExtension();
  });
});
