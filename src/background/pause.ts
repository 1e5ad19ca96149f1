// "Pause for 15 minutes" from the popup: allowed only when policy allows it, and always audited.
import { NO_SITE } from '../audit/sanitize-event';
import { extensionApi, LOCAL_KEYS } from '../policy/extension-api';
import { loadSettings } from '../policy/settings';
import { recordAudit } from './record-audit';

const MAX_PAUSE_MINUTES = 60;
export const PAUSE_END_ALARM = 'phi-guard-pause-end';

/** Clearing the stored pause when it ends makes every tab resume through storage.onChanged. */
export async function endPause(): Promise<void> {
  await extensionApi()?.storage.local.set({ [LOCAL_KEYS.pausedUntil]: 0 });
}

export async function pauseGuard(minutes: number): Promise<{ ok: boolean; pausedUntil: number }> {
  const settings = await loadSettings();
  if (!settings.allowPause || !Number.isFinite(minutes) || minutes <= 0) return { ok: false, pausedUntil: 0 };
  const pausedUntil = Date.now() + Math.min(minutes, MAX_PAUSE_MINUTES) * 60_000;
  await extensionApi()?.storage.local.set({ [LOCAL_KEYS.pausedUntil]: pausedUntil });
  await extensionApi()?.alarms?.create(PAUSE_END_ALARM, { when: pausedUntil });
  await recordAudit({ siteId: NO_SITE, action: 'paused', categories: {}, ruleIds: [], riskBucket: 'low' });
  return { ok: true, pausedUntil };
}
