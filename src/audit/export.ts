// CSV and JSON exports of the audit trail, for download from the options page (a Blob URL; nothing
// is sent anywhere).
import type { AuditEvent } from '../shared/messages';

export const CSV_COLUMNS = ['time', 'siteId', 'action', 'categories', 'ruleIds', 'riskBucket', 'reason', 'extensionVersion', 'policyVersion', 'part'] as const;

function csvCell(value: string): string {
  // Quote when needed, and defuse spreadsheet formulas (a cell starting with = + - @).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatCategories(categories: AuditEvent['categories']): string {
  return Object.entries(categories).map(([c, n]) => `${c}:${n}`).join(' ');
}

export function eventsToCsv(events: readonly AuditEvent[]): string {
  const rows = events.map((e) => [
    new Date(e.time).toISOString(), e.siteId, e.action, formatCategories(e.categories), e.ruleIds.join(' '),
    e.part ? '' : e.riskBucket, e.reason ?? '', e.extensionVersion, e.policyVersion, e.part ?? '',
  ].map(csvCell).join(','));
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export function eventsToJson(events: readonly AuditEvent[]): string {
  return JSON.stringify(events.map((e) => ({ ...e, time: new Date(e.time).toISOString() })), null, 2);
}
