import { afterEach, describe, expect, it } from 'vitest';
import { eventsToCsv, eventsToJson } from '../../../src/audit/export';
import { filterEvents, warningsToday } from '../../../src/audit/filter';
import { sanitizeAuditEvent } from '../../../src/audit/sanitize-event';
import { appendAuditEvent, MAX_AUDIT_EVENTS, pruneEvents, readAuditEvents } from '../../../src/audit/store';
import type { AuditEvent } from '../../../src/shared/messages';
import { installFakeExtension, removeFakeExtension } from '../policy/fake-extension';

const DAY = 86_400_000;
const event = (over: Partial<AuditEvent> = {}): AuditEvent => ({
  time: Date.now(), siteId: 'x', action: 'shown', categories: { NAME: 1 }, ruleIds: ['name.cue'],
  riskBucket: 'medium', extensionVersion: '0.1.0', policyVersion: 'none', ...over,
});

afterEach(removeFakeExtension);

describe('retention and cap', () => {
  it('drops events older than the retention period', () => {
    const now = Date.now();
    const kept = pruneEvents([event({ time: now - 31 * DAY }), event({ time: now - 29 * DAY })], now, 30);
    expect(kept).toHaveLength(1);
  });

  it('keeps at most the cap, dropping the oldest', () => {
    const now = Date.now();
    const many = Array.from({ length: MAX_AUDIT_EVENTS + 3 }, (_, i) => event({ time: now - (MAX_AUDIT_EVENTS - i) }));
    const kept = pruneEvents(many, now, 30);
    expect(kept).toHaveLength(MAX_AUDIT_EVENTS);
    expect(kept[0]).toBe(many[3]);
  });

  it('appends concurrently without losing events', async () => {
    installFakeExtension();
    await Promise.all([1, 2, 3, 4, 5].map((n) => appendAuditEvent(event({ ruleIds: [`r${n}`] }), 30)));
    expect((await readAuditEvents()).map((e) => e.ruleIds[0])).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
  });
});

describe('sanitizeAuditEvent', () => {
  it('keeps only the content-free vocabulary', () => {
    const clean = sanitizeAuditEvent({
      siteId: 'facebook', action: 'justified', categories: { NAME: 2, 'John Smith': 1, SSN: -1 },
      ruleIds: ['mrn', 'John Smith said', 'mrn'], riskBucket: 'high', reason: 'Other', text: 'John Smith in bed 4',
    }, ['Other']);
    expect(clean).toEqual({ siteId: 'facebook', action: 'justified', categories: { NAME: 2 }, ruleIds: ['mrn'], riskBucket: 'high', reason: 'Other' });
  });

  it('refuses a free-text reason and unknown actions or sites', () => {
    expect(sanitizeAuditEvent({ action: 'justified', reason: 'pt in bed 4 consented' }, ['Other'])?.reason).toBeUndefined();
    expect(sanitizeAuditEvent({ action: 'deleted' }, [])).toBeNull();
    expect(sanitizeAuditEvent({ action: 'shown', siteId: 'evil.example' }, [])?.siteId).toBe('all');
  });
});

describe('filters and exports', () => {
  const events = [event({ siteId: 'x', action: 'shown', time: 1_000 }), event({ siteId: 'reddit', action: 'blocked', time: 5_000 })];

  it('filters by site, action and date range', () => {
    expect(filterEvents(events, { siteId: 'reddit' })).toEqual([events[1]]);
    expect(filterEvents(events, { action: 'shown' })).toEqual([events[0]]);
    expect(filterEvents(events, { from: 2_000, to: 6_000 })).toEqual([events[1]]);
  });

  it('counts today\'s warnings', () => {
    const now = Date.now();
    expect(warningsToday([event({ time: now }), event({ time: now, action: 'edited' }), event({ time: now - 2 * DAY })], now)).toBe(1);
  });

  it('exports CSV with a header, quoting and formula defusing', () => {
    const csv = eventsToCsv([event({ time: Date.UTC(2026, 0, 2), categories: { NAME: 1, AGE: 2 }, reason: '=cmd, "x"' })]);
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toBe('time,siteId,action,categories,ruleIds,riskBucket,reason,extensionVersion,policyVersion,part');
    expect(row).toBe(`2026-01-02T00:00:00.000Z,x,shown,NAME:1 AGE:2,name.cue,medium,"'=cmd, ""x""",0.1.0,none,`);
  });

  it('exports JSON with ISO times', () => {
    expect(JSON.parse(eventsToJson([event({ time: 0 })]))[0].time).toBe('1970-01-01T00:00:00.000Z');
  });
});
