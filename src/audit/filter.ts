// Filters for the options page's audit table and the popup's "today" counts.
import type { AuditAction, AuditEvent } from '../shared/messages';

export interface AuditFilter {
  siteId?: string;
  action?: AuditAction;
  /** Inclusive epoch ms bounds. */
  from?: number;
  to?: number;
}

export function filterEvents(events: readonly AuditEvent[], filter: AuditFilter): AuditEvent[] {
  return events.filter((e) =>
    (!filter.siteId || e.siteId === filter.siteId) &&
    (!filter.action || e.action === filter.action) &&
    (filter.from === undefined || e.time >= filter.from) &&
    (filter.to === undefined || e.time <= filter.to));
}

export function startOfLocalDay(now: number): number {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** Warnings today: events where a warning was shown, blocked, or noted silently in audit mode. */
export function warningsToday(events: readonly AuditEvent[], now = Date.now()): number {
  const since = startOfLocalDay(now);
  return events.filter((e) => e.time >= since && (e.action === 'shown' || e.action === 'audited' || e.action === 'blocked')).length;
}
