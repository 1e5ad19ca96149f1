// The audit trail must stay content-free whatever a sender passes in: every field is checked
// against a closed vocabulary (site ids, actions, categories, rule-id shape, the policy's own
// justification reasons) and anything else is dropped, so post text can never slip into a record.
import { CATEGORIES, type Category } from '../detector/types';
import { isSiteId } from '../policy/site-ids';
import type { AuditAction, AuditEvent, RiskBucket } from '../shared/messages';

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'shown', 'edited', 'posted-anyway', 'justified', 'blocked', 'audited', 'paused', 'acknowledged',
];
const RISK_BUCKETS: readonly RiskBucket[] = ['low', 'medium', 'high'];
const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
/** Site id for events that are not about one site (pause, acknowledgement). */
export const NO_SITE = 'all';

export type AuditEventInput = Omit<AuditEvent, 'time' | 'extensionVersion' | 'policyVersion'>;

export function sanitizeAuditEvent(raw: unknown, allowedReasons: readonly string[]): AuditEventInput | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const input = raw as Record<string, unknown>;
  if (!AUDIT_ACTIONS.includes(input.action as AuditAction)) return null;
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
  return event;
}
