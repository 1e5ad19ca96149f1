// Tells the person when PHI Guard no longer recognises this page the way it was built to: the site
// changed and a fallback guards it, or nothing could be found. The worker keeps these reports per tab
// (src/background/tab-health.ts) and clears them when the tab loads a new page.
import { t, type MessageKey } from '../i18n';
import type { SiteHealth } from '../shared/messages';

/** The most serious report first: nothing found for the post box, then for the button, then a fallback. */
export function healthMessage(reports: readonly SiteHealth[]): MessageKey | null {
  const has = (part: SiteHealth['part'], state: SiteHealth['state']) => reports.some((r) => r.part === part && r.state === state);
  if (has('composer', 'missing')) return 'popupHealthComposerMissing';
  if (has('submit', 'missing')) return 'popupHealthSubmitMissing';
  if (reports.some((r) => r.state === 'fallback')) return 'popupHealthFallback';
  return null;
}

export function SiteHealthNote({ reports }: { reports: readonly SiteHealth[] }) {
  const key = healthMessage(reports);
  if (!key) return null;
  return <p class="site-health" data-health={key === 'popupHealthFallback' ? 'fallback' : 'missing'}>{t(key)}</p>;
}
