// Site-health reports from content scripts (src/content/site-health.ts): the adapter's own anchors
// no longer find a site's composer or publish control and a fallback took over, or nothing was found
// while the person typed. Each report is shown in the popup for its tab and recorded as a
// content-free audit event (site id, part, state; the extension version is stamped on every event),
// which reaches IT over OTLP with the rest. Recorded at most once per page load, and at most
// MAX_PER_DAY times a day per site, part and state, so a site change does not flood a fleet's trail.
import { sanitizeSiteHealth } from '../audit/sanitize-event';
import { startOfLocalDay } from '../audit/filter';
import { extensionApi, LOCAL_KEYS } from '../policy/extension-api';
import type { SiteHealth } from '../shared/messages';
import { recordAudit } from './record-audit';
import { noteTabHealth } from './tab-health';

export const MAX_PER_DAY = 3;

interface DayCounts {
  day: number;
  counts: Record<string, number>;
}

let counting: Promise<unknown> = Promise.resolve();

/** True (and counted) when today's cap for this site, part and state is not yet reached. */
function takeDailyAllowance(health: SiteHealth, now: number): Promise<boolean> {
  const next = counting.then(async () => {
    const local = extensionApi()?.storage.local;
    if (!local) return false;
    const today = startOfLocalDay(now);
    const stored = (await local.get(LOCAL_KEYS.siteHealthDay))[LOCAL_KEYS.siteHealthDay] as DayCounts | undefined;
    const counts = stored?.day === today && stored.counts && typeof stored.counts === 'object' ? stored.counts : {};
    const key = `${health.siteId}:${health.part}:${health.state}`;
    if ((counts[key] ?? 0) >= MAX_PER_DAY) return false;
    await local.set({ [LOCAL_KEYS.siteHealthDay]: { day: today, counts: { ...counts, [key]: (counts[key] ?? 0) + 1 } } });
    return true;
  });
  counting = next.catch(() => undefined);
  return next;
}

export async function handleSiteHealth(raw: unknown, tabId: number, now = Date.now()): Promise<{ recorded: boolean }> {
  const health = sanitizeSiteHealth(raw);
  if (!health) return { recorded: false };
  if (!(await noteTabHealth(tabId, health))) return { recorded: false };
  if (!(await takeDailyAllowance(health, now))) return { recorded: false };
  const event = await recordAudit({
    siteId: health.siteId,
    action: health.state === 'fallback' ? 'site-fallback' : 'site-missing',
    part: health.part,
    categories: {},
    ruleIds: [],
    riskBucket: 'low',
  });
  return { recorded: event !== null };
}
