// Records one audit event: sanitised to the content-free vocabulary, stamped with time and
// versions, kept locally with retention, and queued for the IT endpoint when policy names one.
import { appendAuditEvent } from '../audit/store';
import { enqueueForDelivery, FLUSH_ALARM, flushAuditQueue } from '../audit/delivery';
import { sanitizeAuditEvent } from '../audit/sanitize-event';
import { extensionApi } from '../policy/extension-api';
import { policyVersion } from '../policy/policy-version';
import { loadSettings } from '../policy/settings';
import { readManagedPolicy } from '../policy/storage-layers';
import type { AuditEvent } from '../shared/messages';

export function extensionVersion(): string {
  return extensionApi()?.runtime.getManifest().version ?? '0.0.0';
}

let flushTimer: ReturnType<typeof setTimeout> | undefined;

/** Batches events arriving within a second; the alarm is the backstop if the worker is stopped first. */
function flushSoon(endpoint: string): void {
  clearTimeout(flushTimer);
  flushTimer = setTimeout(() => void flushAuditQueue(endpoint, extensionVersion()), 1000);
  void extensionApi()?.alarms?.create(FLUSH_ALARM, { delayInMinutes: 1 });
}

export async function recordAudit(input: unknown): Promise<AuditEvent | null> {
  const settings = await loadSettings();
  const event = sanitizeAuditEvent(input, settings.justificationReasons);
  if (!event) return null;
  const full: AuditEvent = {
    ...event,
    time: Date.now(),
    extensionVersion: extensionVersion(),
    policyVersion: policyVersion(await readManagedPolicy()),
  };
  await appendAuditEvent(full, settings.audit.retentionDays);
  if (settings.audit.endpoint) {
    await enqueueForDelivery([full]);
    flushSoon(settings.audit.endpoint);
  }
  return full;
}
