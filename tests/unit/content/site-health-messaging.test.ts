import { describe, expect, it, vi } from 'vitest';
import { reportSiteHealth } from '../../../src/content/messaging';

describe('reportSiteHealth', () => {
  it('sends each (part, state) at most once per page, content-free', () => {
    const sendMessage = vi.fn(async () => undefined);
    (globalThis as { chrome?: unknown }).chrome = { runtime: { id: 'test', sendMessage } };
    const fallback = { siteId: 'chatgpt', part: 'composer', state: 'fallback' } as const;
    reportSiteHealth(fallback);
    reportSiteHealth({ ...fallback });
    reportSiteHealth({ siteId: 'chatgpt', part: 'submit', state: 'fallback' });
    reportSiteHealth({ ...fallback, extra: 'text that must not travel' } as never);
    expect(sendMessage.mock.calls.map((c) => (c as unknown[])[0])).toEqual([
      { type: 'site-health', health: fallback },
      { type: 'site-health', health: { siteId: 'chatgpt', part: 'submit', state: 'fallback' } },
    ]);
    delete (globalThis as { chrome?: unknown }).chrome;
  });
});
