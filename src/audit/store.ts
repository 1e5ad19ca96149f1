// The local audit trail in storage.local: retention by age (policy audit.retentionDays) and a cap on
// the number of events (oldest dropped first), so it can never grow without bound.
import { extensionApi, LOCAL_KEYS } from '../policy/extension-api';
import type { AuditEvent } from '../shared/messages';

export const MAX_AUDIT_EVENTS = 5000;
const DAY_MS = 24 * 60 * 60 * 1000;

export function pruneEvents(events: AuditEvent[], now: number, retentionDays: number, cap = MAX_AUDIT_EVENTS): AuditEvent[] {
  const oldest = now - retentionDays * DAY_MS;
  const kept = events.filter((e) => e.time >= oldest);
  return kept.length > cap ? kept.slice(kept.length - cap) : kept;
}

export async function readAuditEvents(): Promise<AuditEvent[]> {
  const stored = await extensionApi()?.storage.local.get(LOCAL_KEYS.auditEvents);
  const events = stored?.[LOCAL_KEYS.auditEvents];
  return Array.isArray(events) ? (events as AuditEvent[]) : [];
}

// Writes go through one chain so two events arriving together cannot overwrite each other.
let writing: Promise<unknown> = Promise.resolve();

export function appendAuditEvent(event: AuditEvent, retentionDays: number): Promise<void> {
  const next = writing.then(async () => {
    const events = pruneEvents([...(await readAuditEvents()), event], Date.now(), retentionDays);
    await extensionApi()?.storage.local.set({ [LOCAL_KEYS.auditEvents]: events });
  });
  writing = next.catch(() => undefined);
  return next;
}

export function applyRetention(retentionDays: number): Promise<void> {
  const next = writing.then(async () => {
    const events = await readAuditEvents();
    const kept = pruneEvents(events, Date.now(), retentionDays);
    if (kept.length !== events.length) await extensionApi()?.storage.local.set({ [LOCAL_KEYS.auditEvents]: kept });
  });
  writing = next.catch(() => undefined);
  return next;
}

export async function clearAuditEvents(): Promise<void> {
  await extensionApi()?.storage.local.set({ [LOCAL_KEYS.auditEvents]: [] });
}
