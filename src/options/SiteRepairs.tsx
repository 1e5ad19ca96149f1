// Read-only: the sites whose recognition the organisation has repaired through policy
// (siteOverrides), so a person can tell why PHI Guard behaves differently there.
import { SITE_LABELS, type SiteId } from '../policy/site-ids';
import type { SiteOverride, SiteOverrides } from '../policy/types';

function describeRepair(override: SiteOverride): string {
  const parts = [
    override.composer && 'the post box',
    override.submit && 'the publish button',
    override.submitLabels?.length && `${override.submitLabels.length} publish button label${override.submitLabels.length === 1 ? '' : 's'}`,
  ].filter(Boolean);
  return parts.join(', ');
}

export function SiteRepairs({ overrides }: { overrides: SiteOverrides }) {
  const repaired = Object.entries(overrides).filter(([, o]) => o && describeRepair(o)) as Array<[SiteId, SiteOverride]>;
  if (!repaired.length) return null;
  return (
    <div class="site-repairs">
      <p>Your organisation has told PHI Guard how to find posts on these sites:</p>
      <ul aria-label="Sites your organisation repaired">
        {repaired.map(([id, override]) => (
          <li key={id} data-site={id}>{SITE_LABELS[id]}: {describeRepair(override)}</li>
        ))}
      </ul>
    </div>
  );
}
