// What the popup says about the current tab.
import { SITE_LABELS, siteIdForUrl, type SiteId } from '../policy/site-ids';
import type { EffectiveSettings } from '../policy/types';
import { formatTime, t } from '../i18n';

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
    case 'protected': return t('popupProtected', SITE_LABELS[status.siteId]);
    case 'paused': return t('popupPaused', formatTime(status.until, { hour: '2-digit', minute: '2-digit' }));
    case 'site-off': return t('popupSiteOff', SITE_LABELS[status.siteId]);
    case 'unsupported': return t('popupUnsupported');
  }
}
