// Messages to the service worker: the badge count and content-free audit events. Never text,
// never a hash of it: only counts, categories, rule ids, the site id and a risk bucket.
import { riskBucket, type AuditAction, type Message, type SiteHealth } from '../shared/messages';
import type { Category, Finding } from '../detector/types';
import type { ImageSource } from '../shared/image-messages';

function send(message: Message): void {
  try {
    const runtime = globalThis.chrome?.runtime;
    if (!runtime?.id) return;
    runtime.sendMessage(message)?.catch?.(() => {});
  } catch {
    // The extension was reloaded under this page: the guard keeps working without the badge.
  }
}

let lastCount = -1;

export function reportFindingsCount(count: number): void {
  if (count === lastCount) return;
  lastCount = count;
  send({ type: 'findings-count', count });
}

/** `sources`: where image findings came from (ocr, barcode, metadata, face), never what they said. */
export function reportAudit(
  siteId: string, action: AuditAction, findings: Finding[], risk: number, reason?: string, sources?: ImageSource[],
): void {
  const categories: Partial<Record<Category, number>> = {};
  for (const f of findings) categories[f.category] = (categories[f.category] ?? 0) + 1;
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))];
  send({
    type: 'audit',
    event: {
      siteId, action, categories, ruleIds, riskBucket: riskBucket(risk), ...(reason ? { reason } : {}),
      ...(sources?.length ? { sources } : {}),
    },
  });
}

const healthSent = new Set<string>();

/**
 * How well the adapter recognises this page (content-free: the site id and which part), sent at most
 * once per page for each part and state, so a long session does not repeat it.
 */
export function reportSiteHealth(health: SiteHealth): void {
  const key = `${health.siteId}:${health.part}:${health.state}`;
  if (healthSent.has(key)) return;
  healthSent.add(key);
  send({ type: 'site-health', health: { siteId: health.siteId, part: health.part, state: health.state } });
}
