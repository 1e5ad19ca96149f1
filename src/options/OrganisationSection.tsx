// What the organisation has set up: mode, policy link and contact, sites it repaired; read-only.
import { t } from '../i18n';
import type { EffectiveSettings } from '../policy/types';
import { SiteRepairs } from './SiteRepairs';

export function OrganisationSection({ settings }: { settings: EffectiveSettings }) {
  return (
    <section aria-labelledby="org-heading">
      <h2 id="org-heading">{settings.orgName ? t('orgHeadingNamed', settings.orgName) : t('orgHeading')}</h2>
      <p data-mode={settings.mode}>{t(`mode_${settings.mode}`)}</p>
      {settings.policyUrl && (
        <p><a href={settings.policyUrl} target="_blank" rel="noreferrer noopener">{t('orgReadPolicy')}</a></p>
      )}
      {settings.supportContact && <p>{t('orgQuestions', settings.supportContact)}</p>}
      <SiteRepairs overrides={settings.siteOverrides} />
      <p class="hint">{t('orgLocalOnly')}</p>
    </section>
  );
}
