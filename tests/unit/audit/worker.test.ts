// The service worker's audit, badge, pause and acknowledgement handling, against the fake APIs.
import { afterEach, describe, expect, it } from 'vitest';
import { readQueue } from '../../../src/audit/delivery-queue';
import { readAuditEvents } from '../../../src/audit/store';
import { openAcknowledgementIfNeeded } from '../../../src/background/acknowledgement';
import { handleMessage } from '../../../src/background/message-router';
import { endPause } from '../../../src/background/pause';
import { refreshRegexVerdicts } from '../../../src/background/regex-verdicts-refresher';
import { installFakeExtension, removeFakeExtension } from '../policy/fake-extension';

const fromTab = { id: 'test', tab: { id: 4 } as chrome.tabs.Tab, frameId: 0 };
const fromPopup = { id: 'test', url: 'chrome-extension://test/src/popup/index.html' };

afterEach(removeFakeExtension);

describe('service worker', () => {
  it('sets the badge per tab, summing frames, empty at zero', async () => {
    const fake = installFakeExtension();
    await handleMessage({ type: 'findings-count', count: 2 }, fromTab);
    await handleMessage({ type: 'findings-count', count: 1 }, { ...fromTab, frameId: 3 });
    expect(fake.badges[4]).toBe('3');
    await handleMessage({ type: 'findings-count', count: 0 }, fromTab);
    await handleMessage({ type: 'findings-count', count: 0 }, { ...fromTab, frameId: 3 });
    expect(fake.badges[4]).toBe('');
  });

  it('ignores messages from other extensions', async () => {
    const fake = installFakeExtension();
    await handleMessage({ type: 'findings-count', count: 2 }, { ...fromTab, id: 'other' });
    expect(fake.badges[4]).toBeUndefined();
  });

  it('records a sanitised event with time and versions, and queues it when an endpoint is set', async () => {
    const fake = installFakeExtension();
    fake.storage.managed.replace({ audit: { endpoint: 'https://otel.example.org/v1/logs' } });
    const result = await handleMessage({ type: 'audit', event: { siteId: 'x', action: 'shown', categories: { AGE: 1 }, ruleIds: [], riskBucket: 'low' } }, fromTab);
    expect(result).toEqual({ recorded: true });
    const [stored] = await readAuditEvents();
    expect(stored).toMatchObject({ siteId: 'x', action: 'shown', extensionVersion: '0.1.0', policyVersion: expect.stringMatching(/^p-[0-9a-f]{8}$/) });
    expect((await readQueue()).events).toHaveLength(1);
  });

  it('pauses only from the popup, only when allowed, and audits the pause', async () => {
    const fake = installFakeExtension();
    const alarms: string[] = [];
    fake.alarms.create = (async (name: string) => { alarms.push(name); }) as never;
    expect(await handleMessage({ type: 'pause', minutes: 15 }, fromTab)).toEqual({ ok: false, pausedUntil: 0 });
    const ok = (await handleMessage({ type: 'pause', minutes: 15 }, fromPopup)) as { ok: boolean; pausedUntil: number };
    expect(ok.ok).toBe(true);
    expect(ok.pausedUntil - Date.now()).toBeGreaterThan(14 * 60_000);
    expect((await readAuditEvents()).map((e) => e.action)).toEqual(['paused']);
    expect(alarms).toContain('phi-guard-pause-end'); // clears the pause so every tab resumes
    await endPause();
    expect(await fake.storage.local.get('pausedUntil')).toEqual({ pausedUntil: 0 });
    fake.storage.managed.replace({ allowPause: false });
    expect(await handleMessage({ type: 'pause', minutes: 15 }, fromPopup)).toEqual({ ok: false, pausedUntil: 0 });
  });

  it('opens the acknowledgement page once per version until acknowledged', async () => {
    const fake = installFakeExtension();
    (fake.storage as Record<string, unknown>).session = (fake.storage as unknown as { sync: unknown }).sync;
    fake.storage.managed.replace({ acknowledgement: { required: true, text: 'Read the policy', version: '3' } });
    expect(await openAcknowledgementIfNeeded()).toBe(true);
    expect(await openAcknowledgementIfNeeded()).toBe(false);
    expect(fake.created).toEqual(['chrome-extension://test/src/ack/index.html']);
    await fake.storage.local.set({ acknowledgedVersion: '3' });
    await fake.storage.sync.remove('ackPromptedVersion');
    expect(await openAcknowledgementIfNeeded()).toBe(false);
  });

  it('stores backtracking verdicts for every custom rule pattern', async () => {
    const fake = installFakeExtension();
    fake.storage.managed.replace({ customRules: [{ id: 'a', category: 'MRN', pattern: 'MRN\\d{6}' }, { id: 'b', category: 'MRN', pattern: '(a+)+$' }] });
    const verdicts = await refreshRegexVerdicts();
    expect(verdicts['/MRN\\d{6}']).toBeNull();
    expect(verdicts['/(a+)+$']).toMatch(/catastrophically/);
  });
});
