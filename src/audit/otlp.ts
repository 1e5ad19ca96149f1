// Audit events as OpenTelemetry logs, OTLP/HTTP JSON encoding (opentelemetry-proto logs.proto,
// JSON mapping: 64-bit integers as decimal strings). One log record per event; the body is the
// action, the attributes are the event's content-free fields and nothing else.
import type { AuditAction, AuditEvent } from '../shared/messages';
import { SITE_HEALTH_ACTIONS } from './sanitize-event';

export type OtlpValue =
  | { stringValue: string }
  | { intValue: string }
  | { arrayValue: { values: OtlpValue[] } };
export interface OtlpAttribute { key: string; value: OtlpValue }

const str = (key: string, value: string): OtlpAttribute => ({ key, value: { stringValue: value } });
const int = (key: string, value: number): OtlpAttribute => ({ key, value: { intValue: String(Math.trunc(value)) } });
const strings = (key: string, values: string[]): OtlpAttribute =>
  ({ key, value: { arrayValue: { values: values.map((v) => ({ stringValue: v })) } } });

/** SeverityNumber: WARN (13) when a warning was overridden, a post blocked, or a site's composer or
 * publish control could not be found at all; INFO (9) otherwise. */
const WARN_ACTIONS: ReadonlySet<AuditAction> = new Set(['posted-anyway', 'justified', 'blocked', 'site-missing']);

function nanos(ms: number): string {
  return (BigInt(Math.trunc(ms)) * 1_000_000n).toString();
}

/** A site-health event says which site and part, nothing about a post (no categories, rules or risk). */
function healthAttributes(event: AuditEvent): OtlpAttribute[] {
  return [
    str('phi_guard.action', event.action),
    str('phi_guard.site_id', event.siteId),
    str('phi_guard.site_part', event.part ?? ''),
    str('phi_guard.policy_version', event.policyVersion),
  ];
}

function postAttributes(event: AuditEvent): OtlpAttribute[] {
  const attributes: OtlpAttribute[] = [
    str('phi_guard.action', event.action),
    str('phi_guard.site_id', event.siteId),
    str('phi_guard.risk_bucket', event.riskBucket),
    strings('phi_guard.categories', Object.keys(event.categories)),
    ...Object.entries(event.categories).map(([category, count]) => int(`phi_guard.category.${category}`, count ?? 0)),
    strings('phi_guard.rule_ids', event.ruleIds),
    str('phi_guard.policy_version', event.policyVersion),
  ];
  if (event.reason) attributes.push(str('phi_guard.justification_reason', event.reason));
  if (event.sources?.length) attributes.push(str('phi_guard.image_sources', event.sources.join(',')));
  return attributes;
}

export function eventToLogRecord(event: AuditEvent, observedAt: number) {
  const warn = WARN_ACTIONS.has(event.action);
  const attributes = SITE_HEALTH_ACTIONS.has(event.action) ? healthAttributes(event) : postAttributes(event);
  return {
    timeUnixNano: nanos(event.time),
    observedTimeUnixNano: nanos(observedAt),
    severityNumber: warn ? 13 : 9,
    severityText: warn ? 'WARN' : 'INFO',
    body: { stringValue: event.action },
    attributes,
  };
}

export function toOtlpLogsPayload(events: readonly AuditEvent[], extensionVersion: string, observedAt = Date.now()) {
  return {
    resourceLogs: [{
      resource: {
        attributes: [
          str('service.name', 'phi-guard'),
          str('service.version', extensionVersion),
          str('telemetry.sdk.name', 'phi-guard'),
          str('telemetry.sdk.language', 'webjs'),
        ],
      },
      scopeLogs: [{
        scope: { name: 'phi-guard.audit', version: extensionVersion },
        logRecords: events.map((e) => eventToLogRecord(e, observedAt)),
      }],
    }],
  };
}
