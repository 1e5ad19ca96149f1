// Where PHI Guard runs: one switch per supported site.
import { SITE_IDS, SITE_LABELS, type SiteId } from '../policy/site-ids';
import type { EffectiveSettings } from '../policy/types';
import { ExtraSitesAccess } from './ExtraSitesAccess';
import { LockedNote } from './LockedNote';
import { saveAndAnnounce, type Announce } from './save';
import { t } from '../i18n';

export function SitesSection({ settings, announce }: { settings: EffectiveSettings; announce: Announce }) {
  const locked = settings.locked.includes('disabledSites');
  const toggle = (site: SiteId, on: boolean) => {
    const others = settings.disabledSites.filter((s) => s !== site);
    void saveAndAnnounce({ disabledSites: on ? others : [...others, site] }, announce);
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sitesHeading')} {locked && <LockedNote />}</h2>
      <p class="hint">{t('sitesHint')}</p>
      <ul class="option-list grid-2">
        {SITE_IDS.map((site) => (
          <li key={site}>
            <label>
              <input
                type="checkbox" checked={!settings.disabledSites.includes(site)} disabled={locked}
                onChange={(e) => toggle(site, e.currentTarget.checked)}
              />{' '}
              {SITE_LABELS[site]}
            </label>
          </li>
        ))}
      </ul>
      {settings.extraSites.length > 0 && <ExtraSitesAccess sites={settings.extraSites} />}
    </section>
  );
}
