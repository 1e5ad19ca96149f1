// Site health in the worker: sanitised to a closed vocabulary, remembered per tab page load for the
// popup, recorded at most once per page and a few times a day, and delivered like any other event.
// (Without storage.session the tab table lives in the worker module's memory: tests use distinct tabs.)
import { afterEach, describe, expect, it } from 'vitest';
import { readQueue } from '../../../src/audit/delivery-queue';
import { eventsToCsv } from '../../../src/audit/export';
import { toOtlpLogsPayload } from '../../../src/audit/otlp';
import { sanitizeAuditEvent, sanitizeSiteHealth } from '../../../src/audit/sanitize-event';
import { readAuditEvents } from '../../../src/audit/store';
import { forgetTab, handleMessage } from '../../../src/background/message-router';
import { MAX_PER_DAY } from '../../../src/background/site-health';
import { readTabHealth } from '../../../src/background/tab-health';
import type { AuditEvent } from '../../../src/shared/messages';
import { installFakeExtension, removeFakeExtension } from '../policy/fake-extension';

const tab = (id: number, frameId = 0) => ({ id: 'test', tab: { id } as chrome.tabs.Tab, frameId });
const report = (health: unknown, sender = tab(4)) => handleMessage({ type: 'site-health', health } as never, sender);
const fallback = { siteId: 'facebook', part: 'submit', state: 'fallback' } as const;
const SECRET = 'Mrs Jane Doezinski';

afterEach(removeFakeExtension);

describe('site-health sanitiser', () => {
  it('keeps only known sites, parts and states, and nothing else', () => {
    expect(sanitizeSiteHealth({ ...fallback, text: SECRET, url: 'https://x' })).toEqual(fallback);
    for (const bad of [null, 'x', { ...fallback, siteId: SECRET }, { ...fallback, part: 'button' }, { ...fallback, state: SECRET }, { siteId: 'x' }]) {
      expect(sanitizeSiteHealth(bad)).toBeNull();
    }
  });

  it('admits health actions to the audit trail only with a known site and part', () => {
    const base = { action: 'site-missing', categories: { NAME: 3 }, ruleIds: [SECRET], riskBucket: 'high', reason: SECRET };
    expect(sanitizeAuditEvent({ ...base, siteId: 'x', part: 'composer' }, [])).toEqual({
      siteId: 'x', action: 'site-missing', part: 'composer', categories: { NAME: 3 }, ruleIds: [], riskBucket: 'high',
    });
    expect(sanitizeAuditEvent({ ...base, siteId: 'all', part: 'composer' }, [])).toBeNull();
    expect(sanitizeAuditEvent({ ...base, siteId: 'x', part: SECRET }, [])).toBeNull();
    // A post event never carries a part.
    expect(sanitizeAuditEvent({ siteId: 'x', action: 'shown', part: 'composer' }, [])).not.toHaveProperty('part');
  });
});

describe('site health in the worker', () => {
  it('records a content-free event with the extension version, queued for OTLP, and keeps it for the tab', async () => {
    const fake = installFakeExtension();
    fake.storage.managed.replace({ audit: { endpoint: 'https://otel.example.org/v1/logs' } });
    expect(await report({ ...fallback, note: SECRET }, tab(41))).toEqual({ recorded: true });
    const [stored] = await readAuditEvents();
    expect(stored).toMatchObject({ siteId: 'facebook', action: 'site-fallback', part: 'submit', categories: {}, ruleIds: [], extensionVersion: '0.1.0' });
    expect(JSON.stringify(stored)).not.toContain(SECRET);
    expect((await readQueue()).events).toHaveLength(1);
    expect(await readTabHealth(41)).toEqual([fallback]);
    expect(await readTabHealth(42)).toEqual([]);
  });

  it('records each site, part and state once per page load; a new page may report again', async () => {
    installFakeExtension();
    await report(fallback);
    expect(await report(fallback)).toEqual({ recorded: false });
    expect(await report(fallback, tab(4, 2))).toEqual({ recorded: false }); // another frame of the same page
    expect(await report({ ...fallback, state: 'missing' })).toEqual({ recorded: true });
    expect((await readAuditEvents()).map((e) => e.action)).toEqual(['site-fallback', 'site-missing']);
    forgetTab(4); // the tab loads a new page
    expect(await readTabHealth(4)).toEqual([]);
    expect(await report(fallback)).toEqual({ recorded: true });
  });

  it('caps the events per site, part and state per day, while the popup still learns of each page', async () => {
    installFakeExtension();
    for (let page = 0; page < MAX_PER_DAY + 2; page++) {
      await report(fallback, tab(100 + page));
    }
    expect((await readAuditEvents()).length).toBe(MAX_PER_DAY);
    expect(await readTabHealth(100 + MAX_PER_DAY + 1)).toEqual([fallback]);
    expect(await report({ ...fallback, siteId: 'x' }, tab(200))).toEqual({ recorded: true }); // another site has its own allowance
  });

  it('ignores reports without a tab and refuses health actions on the plain audit route', async () => {
    installFakeExtension();
    expect(await handleMessage({ type: 'site-health', health: fallback }, { id: 'test' })).toBeUndefined();
    expect(await handleMessage({ type: 'audit', event: { siteId: 'x', action: 'site-missing', part: 'composer', categories: {}, ruleIds: [], riskBucket: 'low' } } as never, tab(4)))
      .toEqual({ recorded: false });
    expect(await readAuditEvents()).toEqual([]);
  });

  it('uses storage.session where the browser has it', async () => {
    const fake = installFakeExtension();
    const data: Record<string, unknown> = {};
    (fake.storage as Record<string, unknown>).session = {
      async get(key: string) { return key in data ? { [key]: structuredClone(data[key]) } : {}; },
      async set(items: Record<string, unknown>) { Object.assign(data, structuredClone(items)); },
    };
    await report(fallback, tab(9));
    expect(data.tabHealth).toEqual({ 9: [fallback] });
    expect(await readTabHealth(9)).toEqual([fallback]);
  });
});

describe('site health in exports and OTLP', () => {
  const health: AuditEvent = {
    time: 1_700_000_000_123, siteId: 'facebook', action: 'site-missing', part: 'composer', categories: {}, ruleIds: [],
    riskBucket: 'low', extensionVersion: '0.1.0', policyVersion: 'p-0011aabb',
  };

  it('is a log record naming the site and part, WARN when nothing was found, INFO for a fallback', () => {
    const records = toOtlpLogsPayload([health, { ...health, action: 'site-fallback', part: 'submit' }], '0.1.0', 1_700_000_000_456)
      .resourceLogs[0].scopeLogs[0].logRecords;
    expect(records[0]).toMatchObject({ severityNumber: 13, severityText: 'WARN', body: { stringValue: 'site-missing' } });
    expect(records[0].attributes).toEqual([
      { key: 'phi_guard.action', value: { stringValue: 'site-missing' } },
      { key: 'phi_guard.site_id', value: { stringValue: 'facebook' } },
      { key: 'phi_guard.site_part', value: { stringValue: 'composer' } },
      { key: 'phi_guard.policy_version', value: { stringValue: 'p-0011aabb' } },
    ]);
    expect(records[1]).toMatchObject({ severityNumber: 9, severityText: 'INFO' });
    expect(records[1].attributes[2]).toEqual({ key: 'phi_guard.site_part', value: { stringValue: 'submit' } });
  });

  it('has its part in the CSV and no risk', () => {
    const row = eventsToCsv([health]).trim().split('\r\n')[1];
    expect(row).toBe('2023-11-14T22:13:20.123Z,facebook,site-missing,,,,,0.1.0,p-0011aabb,composer');
  });
});
