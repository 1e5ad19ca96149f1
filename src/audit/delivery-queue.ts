// The bounded queue of events waiting for delivery to the IT endpoint, persisted in storage.local
// so nothing is lost when the browser stops the service worker between retries.
import { extensionApi, LOCAL_KEYS } from '../policy/extension-api';
import type { AuditEvent } from '../shared/messages';

export const MAX_QUEUED_EVENTS = 1000;

export interface DeliveryQueue {
  events: AuditEvent[];
  /** Consecutive failed attempts, for the backoff. */
  attempts: number;
}

export async function readQueue(): Promise<DeliveryQueue> {
  const stored = (await extensionApi()?.storage.local.get(LOCAL_KEYS.auditQueue))?.[LOCAL_KEYS.auditQueue] as DeliveryQueue | undefined;
  return { events: Array.isArray(stored?.events) ? stored.events : [], attempts: Number(stored?.attempts) || 0 };
}

export async function writeQueue(queue: DeliveryQueue): Promise<void> {
  await extensionApi()?.storage.local.set({ [LOCAL_KEYS.auditQueue]: queue });
}

/** Oldest events are dropped first when the endpoint has been unreachable for long. */
export function boundedAppend(queue: DeliveryQueue, events: AuditEvent[], cap = MAX_QUEUED_EVENTS): DeliveryQueue {
  const all = [...queue.events, ...events];
  return { ...queue, events: all.length > cap ? all.slice(all.length - cap) : all };
}
