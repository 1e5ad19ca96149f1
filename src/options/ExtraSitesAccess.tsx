// The organisation's extra sites need the user's permission before PHI Guard can run there: the
// browser only grants host access on a click, so this asks for exactly those sites.
import { useEffect, useState } from 'preact/hooks';
import { extensionApi } from '../policy/extension-api';
import { originPatterns } from '../sites/extra-site-scripts';
import { t } from '../i18n';

export function ExtraSitesAccess({ sites }: { sites: string[] }) {
  const origins = originPatterns(sites);
  const [missing, setMissing] = useState<string[] | null>(null);
  const refresh = async () => {
    const permissions = extensionApi()?.permissions;
    if (!permissions) return setMissing([]);
    const granted = await Promise.all(origins.map((origin) => permissions.contains({ origins: [origin] })));
    setMissing(origins.filter((_, i) => !granted[i]));
  };
  useEffect(() => { void refresh(); }, [origins.join(' ')]);
  const request = async () => {
    await extensionApi()?.permissions.request({ origins: missing ?? [] }).catch(() => false);
    await refresh();
  };
  return (
    <div>
      <p class="hint">{t('extraSitesList', sites.join(', '))}</p>
      {missing && missing.length > 0 && (
        <p>
          <button type="button" onClick={() => void request()}>{t('extraSitesAllow')}</button>{' '}
          <span class="hint">{t('extraSitesMissing', missing.map((o) => o.replace(/^https:\/\/|\/\*$/g, '')).join(', '))}</span>
        </p>
      )}
      {missing && missing.length === 0 && <p class="hint">{t('extraSitesAllowed')}</p>}
    </div>
  );
}
