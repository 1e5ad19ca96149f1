// Messages to the service worker: the badge count and content-free audit events. Never text,
// never a hash of it: only counts, categories, rule ids, the site id and a risk bucket.
import { riskBucket, type AuditAction, type Message } from '../shared/messages';
import type { Category, Finding } from '../detector/types';

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

export function reportAudit(siteId: string, action: AuditAction, findings: Finding[], risk: number, reason?: string): void {
  const categories: Partial<Record<Category, number>> = {};
  for (const f of findings) categories[f.category] = (categories[f.category] ?? 0) + 1;
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))];
  send({
    type: 'audit',
    event: { siteId, action, categories, ruleIds, riskBucket: riskBucket(risk), ...(reason ? { reason } : {}) },
  });
}
