// Delivers queued audit events to the endpoint named by IT policy (audit.endpoint): the only network
// request PHI Guard ever makes. Batches of up to 100 events; on failure, exponential backoff via
// chrome.alarms (30 s, 1, 2, 4 … up to 60 minutes), which survives the worker being stopped.
import { extensionApi } from '../policy/extension-api';
import type { AuditEvent } from '../shared/messages';
import { boundedAppend, readQueue, writeQueue } from './delivery-queue';
import { toOtlpLogsPayload } from './otlp';

export const FLUSH_ALARM = 'phi-guard-audit-flush';
export const BATCH_SIZE = 100;
const MAX_BACKOFF_MINUTES = 60;

export function backoffMinutes(attempts: number): number {
  return Math.min(0.5 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MINUTES);
}

/** 2xx delivered; 4xx other than 408/429 will never succeed (OTLP spec: do not retry); the rest retry. */
export function classifyStatus(status: number): 'delivered' | 'rejected' | 'retry' {
  if (status >= 200 && status < 300) return 'delivered';
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return 'rejected';
  return 'retry';
}

export async function enqueueForDelivery(events: AuditEvent[]): Promise<void> {
  await writeQueue(boundedAppend(await readQueue(), events));
}

export type PostBatch = (endpoint: string, body: string) => Promise<number>;

const postWithFetch: PostBatch = async (endpoint, body) => {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    credentials: 'omit',
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
  });
  return response.status;
};

let flushing: Promise<void> | null = null;

/** Sends everything queued; without an endpoint the queue is simply emptied. */
export function flushAuditQueue(endpoint: string | undefined, extensionVersion: string, post: PostBatch = postWithFetch): Promise<void> {
  flushing ??= flushOnce(endpoint, extensionVersion, post).finally(() => { flushing = null; });
  return flushing;
}

async function flushOnce(endpoint: string | undefined, extensionVersion: string, post: PostBatch): Promise<void> {
  let queue = await readQueue();
  if (!endpoint) {
    if (queue.events.length) await writeQueue({ events: [], attempts: 0 });
    return;
  }
  while (queue.events.length) {
    const batch = queue.events.slice(0, BATCH_SIZE);
    let outcome: ReturnType<typeof classifyStatus>;
    try {
      outcome = classifyStatus(await post(endpoint, JSON.stringify(toOtlpLogsPayload(batch, extensionVersion))));
    } catch {
      outcome = 'retry'; // network error, or the collector sent no CORS headers
    }
    if (outcome === 'retry') {
      queue = { ...queue, attempts: queue.attempts + 1 };
      await writeQueue(queue);
      await extensionApi()?.alarms?.create(FLUSH_ALARM, { delayInMinutes: backoffMinutes(queue.attempts) });
      return;
    }
    // Re-read: events may have been queued while the request was in flight.
    const latest = await readQueue();
    queue = { events: latest.events.slice(batch.length), attempts: 0 };
    await writeQueue(queue);
  }
}
