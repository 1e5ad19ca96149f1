// What the organisation has set up: mode, policy link and contact, sites it repaired; read-only.
import type { EffectiveSettings, Mode } from '../policy/types';
import { SiteRepairs } from './SiteRepairs';

const MODE_TEXT: Record<Mode, string> = {
  audit: 'PHI Guard notes possible patient information without interrupting you.',
  warn: 'PHI Guard warns you before you post; you decide.',
  justify: 'PHI Guard warns you; to post anyway you choose a reason.',
  block: 'PHI Guard stops posts that may contain patient information.',
};

export function OrganisationSection({ settings }: { settings: EffectiveSettings }) {
  return (
    <section aria-labelledby="org-heading">
      <h2 id="org-heading">{settings.orgName ? `Set up by ${settings.orgName}` : 'How PHI Guard works here'}</h2>
      <p data-mode={settings.mode}>{MODE_TEXT[settings.mode]}</p>
      {settings.policyUrl && (
        <p><a href={settings.policyUrl} target="_blank" rel="noreferrer noopener">Read the social media policy</a></p>
      )}
      {settings.supportContact && <p>Questions: {settings.supportContact}</p>}
      <SiteRepairs overrides={settings.siteOverrides} />
      <p class="hint">Everything PHI Guard checks stays in this browser.</p>
    </section>
  );
}
