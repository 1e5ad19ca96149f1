// The content script asks the service worker for the knowledge once, on the first composer focus,
// installs it, and rescans; the worker answers from its own package file. Until then (or if it never
// comes) the detector runs on its core.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PACKAGED_KNOWLEDGE as data } from '../../../src/detector/knowledge/packaged';
import { installKnowledge, knowledgeReady, type KnowledgeData } from '../../../src/detector/knowledge';
import { loadKnowledge } from '../../../src/content/knowledge-loader';
import { handleMessage } from '../../../src/background/message-router';
import { installFakeExtension, removeFakeExtension } from '../policy/fake-extension';

const knowledge = data as KnowledgeData;

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
  installKnowledge(knowledge);
  vi.unstubAllGlobals();
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loadKnowledge (content script)', () => {
  it('asks once, installs the answer and calls back', async () => {
    installKnowledge(null);
    const sendMessage = vi.fn(async () => ({ knowledge }));
    (globalThis as { chrome?: unknown }).chrome = { runtime: { id: 'test', sendMessage } };
    const ready = vi.fn();
    loadKnowledge(ready);
    loadKnowledge(ready); // a second focus while the first request is out
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'knowledge-request' });
    await flush();
    expect(knowledgeReady()).toBe(true);
    expect(ready).toHaveBeenCalledTimes(1);
    loadKnowledge(ready);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('stays on the core when the worker fails or answers nonsense, and asks again on the next focus', async () => {
    installKnowledge(null);
    const sendMessage = vi.fn()
      .mockRejectedValueOnce(new Error('Extension context invalidated.'))
      .mockResolvedValueOnce({ knowledge: { given: 42 } })
      .mockResolvedValueOnce({ knowledge });
    (globalThis as { chrome?: unknown }).chrome = { runtime: { id: 'test', sendMessage } };
    const ready = vi.fn();
    loadKnowledge(ready);
    await flush();
    expect(knowledgeReady()).toBe(false);
    loadKnowledge(ready);
    await flush();
    expect(knowledgeReady()).toBe(false);
    expect(ready).not.toHaveBeenCalled();
    loadKnowledge(ready);
    await flush();
    expect(knowledgeReady()).toBe(true);
    expect(ready).toHaveBeenCalledTimes(1);
  });
});

describe('knowledge-request (service worker)', () => {
  it('answers with the package file, read once', async () => {
    installFakeExtension();
    const fetchMock = vi.fn(async (url: string) => new Response(url.endsWith('/knowledge.json') ? JSON.stringify(knowledge) : '', { status: url.endsWith('/knowledge.json') ? 200 : 404 }));
    vi.stubGlobal('fetch', fetchMock);
    const fromTab = { id: 'test', tab: { id: 4 } as chrome.tabs.Tab, frameId: 0 };
    const first = (await handleMessage({ type: 'knowledge-request' }, fromTab)) as { knowledge: KnowledgeData };
    expect(first.knowledge.given).toBe(knowledge.given);
    await handleMessage({ type: 'knowledge-request' }, fromTab);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0][0]).toBe('chrome-extension://test/knowledge.json');
    removeFakeExtension();
  });
});
