// Read-only: the sites whose recognition the organisation has repaired through policy
// (siteOverrides), so a person can tell why PHI Guard behaves differently there.
import { formatList, t } from '../i18n';
import { SITE_LABELS, type SiteId } from '../policy/site-ids';
import type { SiteOverride, SiteOverrides } from '../policy/types';

function describeRepair(override: SiteOverride): string {
  const labels = override.submitLabels?.length ?? 0;
  const parts = [
    override.composer ? t('optionsRepairComposer') : '',
    override.submit ? t('optionsRepairSubmit') : '',
    labels === 1 ? t('optionsRepairLabelsOne') : labels > 1 ? t('optionsRepairLabelsMany', labels) : '',
  ].filter(Boolean);
  return parts.length ? formatList(parts) : '';
}

export function SiteRepairs({ overrides }: { overrides: SiteOverrides }) {
  const repaired = Object.entries(overrides).filter(([, o]) => o && describeRepair(o)) as Array<[SiteId, SiteOverride]>;
  if (!repaired.length) return null;
  return (
    <div class="site-repairs">
      <p>{t('optionsRepairsIntro')}</p>
      <ul aria-label={t('optionsRepairsListLabel')}>
        {repaired.map(([id, override]) => (
          <li key={id} data-site={id}>{SITE_LABELS[id]}: {describeRepair(override)}</li>
        ))}
      </ul>
    </div>
  );
}
