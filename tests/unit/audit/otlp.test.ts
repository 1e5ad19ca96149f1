import { afterEach, describe, expect, it, vi } from 'vitest';
import { backoffMinutes, classifyStatus, enqueueForDelivery, flushAuditQueue } from '../../../src/audit/delivery';
import { readQueue } from '../../../src/audit/delivery-queue';
import { toOtlpLogsPayload } from '../../../src/audit/otlp';
import type { AuditEvent } from '../../../src/shared/messages';
import { installFakeExtension, removeFakeExtension } from '../policy/fake-extension';

const event: AuditEvent = {
  time: 1_700_000_000_123, siteId: 'chatgpt', action: 'justified', categories: { NAME: 2, MRN: 1 }, ruleIds: ['mrn.org'],
  riskBucket: 'high', reason: 'Other', extensionVersion: '0.1.0', policyVersion: 'p-0011aabb',
};

afterEach(removeFakeExtension);

describe('OTLP/HTTP JSON payload', () => {
  it('has the logs data model shape with content-free attributes only', () => {
    const payload = toOtlpLogsPayload([event], '0.1.0', 1_700_000_000_456);
    const resource = payload.resourceLogs[0].resource.attributes;
    expect(resource).toContainEqual({ key: 'service.name', value: { stringValue: 'phi-guard' } });
    expect(resource).toContainEqual({ key: 'service.version', value: { stringValue: '0.1.0' } });
    const scope = payload.resourceLogs[0].scopeLogs[0];
    expect(scope.scope.name).toBe('phi-guard.audit');
    const record = scope.logRecords[0];
    expect(record).toMatchObject({
      timeUnixNano: '1700000000123000000', observedTimeUnixNano: '1700000000456000000',
      severityNumber: 13, severityText: 'WARN', body: { stringValue: 'justified' },
    });
    const keys = record.attributes.map((a) => a.key);
    expect(keys).toEqual([
      'phi_guard.action', 'phi_guard.site_id', 'phi_guard.risk_bucket', 'phi_guard.categories',
      'phi_guard.category.NAME', 'phi_guard.category.MRN', 'phi_guard.rule_ids', 'phi_guard.policy_version',
      'phi_guard.justification_reason',
    ]);
    expect(record.attributes[4]).toEqual({ key: 'phi_guard.category.NAME', value: { intValue: '2' } });
    expect(record.attributes[3].value).toEqual({ arrayValue: { values: [{ stringValue: 'NAME' }, { stringValue: 'MRN' }] } });
  });

  it('marks informational actions as INFO', () => {
    const record = toOtlpLogsPayload([{ ...event, action: 'shown' }], '0.1.0').resourceLogs[0].scopeLogs[0].logRecords[0];
    expect([record.severityNumber, record.severityText]).toEqual([9, 'INFO']);
  });
});

describe('delivery', () => {
  it('backs off exponentially up to an hour and classifies statuses', () => {
    expect([1, 2, 3, 4, 10].map(backoffMinutes)).toEqual([0.5, 1, 2, 4, 60]);
    expect([200, 204, 400, 408, 429, 500, 503].map(classifyStatus))
      .toEqual(['delivered', 'delivered', 'rejected', 'retry', 'retry', 'retry', 'retry']);
  });

  it('posts batches and empties the queue on success', async () => {
    installFakeExtension();
    await enqueueForDelivery(Array.from({ length: 150 }, () => event));
    const post = vi.fn(async (_endpoint: string, _body: string) => 200);
    await flushAuditQueue('https://otel.example.org/v1/logs', '0.1.0', post);
    expect(post).toHaveBeenCalledTimes(2);
    expect(JSON.parse(post.mock.calls[0][1] as string).resourceLogs[0].scopeLogs[0].logRecords).toHaveLength(100);
    expect((await readQueue()).events).toHaveLength(0);
  });

  it('keeps the queue and schedules a retry alarm on failure', async () => {
    const fake = installFakeExtension();
    const alarms: Array<{ name: string; info: { delayInMinutes: number } }> = [];
    fake.alarms.create = (async (name: string, info: { delayInMinutes: number }) => { alarms.push({ name, info }); }) as never;
    await enqueueForDelivery([event]);
    await flushAuditQueue('https://otel.example.org/v1/logs', '0.1.0', async () => { throw new TypeError('Failed to fetch'); });
    await flushAuditQueue('https://otel.example.org/v1/logs', '0.1.0', async () => 503);
    expect(await readQueue()).toMatchObject({ attempts: 2, events: [event] });
    expect(alarms.map((a) => a.info.delayInMinutes)).toEqual([0.5, 1]);
  });

  it('drops the queue when no endpoint is configured', async () => {
    installFakeExtension();
    await enqueueForDelivery([event]);
    await flushAuditQueue(undefined, '0.1.0');
    expect((await readQueue()).events).toHaveLength(0);
  });
});
