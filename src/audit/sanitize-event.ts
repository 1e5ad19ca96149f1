// The audit trail must stay content-free whatever a sender passes in: every field is checked
// against a closed vocabulary (site ids, actions, categories, rule-id shape, the policy's own
// justification reasons) and anything else is dropped, so post text can never slip into a record.
import { CATEGORIES, type Category } from '../detector/types';
import { isSiteId } from '../policy/site-ids';
import { IMAGE_SOURCES, type ImageSource } from '../shared/image-messages';
import type { AuditAction, AuditEvent, RiskBucket, SiteHealth } from '../shared/messages';

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'shown', 'edited', 'posted-anyway', 'justified', 'blocked', 'audited', 'paused', 'acknowledged',
  'site-fallback', 'site-missing',
];
/** Actions that report how well a site is recognised rather than a post; they carry a part. */
export const SITE_HEALTH_ACTIONS: ReadonlySet<AuditAction> = new Set(['site-fallback', 'site-missing']);
const HEALTH_PARTS: readonly SiteHealth['part'][] = ['composer', 'submit'];
const HEALTH_STATES: readonly SiteHealth['state'][] = ['fallback', 'missing'];
const RISK_BUCKETS: readonly RiskBucket[] = ['low', 'medium', 'high'];
const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
/** Site id for events that are not about one site (pause, acknowledgement). */
export const NO_SITE = 'all';

export type AuditEventInput = Omit<AuditEvent, 'time' | 'extensionVersion' | 'policyVersion'>;

export function sanitizeAuditEvent(raw: unknown, allowedReasons: readonly string[]): AuditEventInput | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const input = raw as Record<string, unknown>;
  if (!AUDIT_ACTIONS.includes(input.action as AuditAction)) return null;
  const health = SITE_HEALTH_ACTIONS.has(input.action as AuditAction);
  // A health event is about one known site and one part, or it is not recorded at all.
  if (health && (!isSiteId(input.siteId) || !HEALTH_PARTS.includes(input.part as SiteHealth['part']))) return null;
  const categories: Partial<Record<Category, number>> = {};
  if (typeof input.categories === 'object' && input.categories !== null) {
    for (const [key, count] of Object.entries(input.categories)) {
      if ((CATEGORIES as readonly string[]).includes(key) && Number.isInteger(count) && (count as number) > 0) {
        categories[key as Category] = Math.min(count as number, 10_000);
      }
    }
  }
  const ruleIds = Array.isArray(input.ruleIds)
    ? [...new Set(input.ruleIds.filter((id): id is string => typeof id === 'string' && RULE_ID.test(id)))].slice(0, 50)
    : [];
  const event: AuditEventInput = {
    siteId: isSiteId(input.siteId) ? input.siteId : NO_SITE,
    action: input.action as AuditAction,
    categories,
    ruleIds,
    riskBucket: RISK_BUCKETS.includes(input.riskBucket as RiskBucket) ? (input.riskBucket as RiskBucket) : 'low',
  };
  if (typeof input.reason === 'string' && allowedReasons.includes(input.reason)) event.reason = input.reason;
  if (health) event.part = input.part as SiteHealth['part'];
  if (Array.isArray(input.sources)) {
    const sources = IMAGE_SOURCES.filter((s: ImageSource) => (input.sources as unknown[]).includes(s));
    if (sources.length) event.sources = sources;
  }
  return event;
}

/** A content script's site-health report, reduced to the closed vocabulary, or null. */
export function sanitizeSiteHealth(raw: unknown): SiteHealth | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { siteId, part, state } = raw as Record<string, unknown>;
  if (!isSiteId(siteId) || !HEALTH_PARTS.includes(part as SiteHealth['part']) || !HEALTH_STATES.includes(state as SiteHealth['state'])) {
    return null;
  }
  return { siteId, part: part as SiteHealth['part'], state: state as SiteHealth['state'] };
}
