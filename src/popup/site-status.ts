// What the popup says about the current tab.
import { SITE_LABELS, siteIdForUrl, type SiteId } from '../policy/site-ids';
import type { EffectiveSettings } from '../policy/types';

export type SiteStatus =
  | { kind: 'protected'; siteId: SiteId }
  | { kind: 'paused'; siteId: SiteId | null; until: number }
  | { kind: 'site-off'; siteId: SiteId }
  | { kind: 'unsupported' };

export function siteStatus(settings: EffectiveSettings, url: string | undefined, now = Date.now()): SiteStatus {
  const siteId = siteIdForUrl(url, settings.extraSites);
  if (settings.pausedUntil > now) return { kind: 'paused', siteId, until: settings.pausedUntil };
  if (!siteId) return { kind: 'unsupported' };
  if (settings.disabledSites.includes(siteId)) return { kind: 'site-off', siteId };
  return { kind: 'protected', siteId };
}

export function describeStatus(status: SiteStatus): string {
  switch (status.kind) {
    case 'protected': return `Checking your posts on ${SITE_LABELS[status.siteId]}.`;
    case 'paused': return `Paused until ${new Date(status.until).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`;
    case 'site-off': return `Turned off for ${SITE_LABELS[status.siteId]}.`;
    case 'unsupported': return 'PHI Guard does not check posts on this site.';
  }
}
