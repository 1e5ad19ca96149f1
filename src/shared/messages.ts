// Typed messages between the content script, the service worker, the popup and the options page.
// No message ever carries post text or anything derived from it (hashes included): only counts,
// categories, rule ids and site ids.
import type { Category } from '../detector/types';
import type { ImageSource } from './image-messages';

export type AuditAction =
  | 'shown' | 'edited' | 'posted-anyway' | 'justified' | 'blocked' | 'audited' | 'paused' | 'acknowledged'
  /** Site health (from a `site-health` report): the adapter fell back, or found nothing. */
  | 'site-fallback' | 'site-missing';

export type RiskBucket = 'low' | 'medium' | 'high';

/** One content-free audit event (design.md §8). */
export interface AuditEvent {
  time: number;
  siteId: string;
  action: AuditAction;
  categories: Partial<Record<Category, number>>;
  ruleIds: string[];
  riskBucket: RiskBucket;
  /** One of the policy's justification reasons, never free text. */
  reason?: string;
  /** Site-health events only: which part of the site the adapter's anchors no longer find. */
  part?: SiteHealth['part'];
  /** Where image findings came from (a closed list), when attached photos were flagged. */
  sources?: ImageSource[];
  extensionVersion: string;
  policyVersion: string;
}

export type Message =
  /** Content script -> worker: findings in the active composer of this tab (badge). */
  | { type: 'findings-count'; count: number }
  /** Content script / popup / options -> worker: record an audit event (worker fills time and versions). */
  | { type: 'audit'; event: Omit<AuditEvent, 'time' | 'extensionVersion' | 'policyVersion'> }
  /** Popup -> worker: pause the guard for the given minutes when policy allows it. */
  | { type: 'pause'; minutes: number }
  /** Content script -> worker: how well the site adapter recognises this page (content-free). */
  | { type: 'site-health'; health: SiteHealth }
  /** Content script -> worker, on the first composer focus: part `part` of the detector's knowledge file
   * from the extension package, a slice of its text (answered with { part: KnowledgePart | null }; the content script asks for all
   * KNOWLEDGE_PARTS at once, see detector/knowledge/wire.ts). Carries nothing from the page. */
  | { type: 'knowledge-request'; part: number }
  /** Content script -> worker, when the page shows its first composer: read the knowledge file now, so the
   * first focus finds it read (answered with nothing). Carries nothing from the page. */
  | { type: 'knowledge-prepare' }
  /** Content script -> worker, when a setting chooses a language other than English: that language's
   * interface catalogue from the extension package (answered with { catalogue: parsed messages.json | null };
   * src/content/catalogue-source.ts). Carries nothing from the page. */
  | { type: 'catalogue-request'; language: string };

/** Which part of a site the adapter's own anchors no longer find. `fallback`: structure or generic
 * guarding took over; `missing`: the person typed into a sizeable editable that nothing recognised. */
export interface SiteHealth {
  siteId: string;
  part: 'composer' | 'submit';
  state: 'fallback' | 'missing';
}

export function riskBucket(risk: number): RiskBucket {
  return risk >= 0.8 ? 'high' : risk >= 0.5 ? 'medium' : 'low';
}
