// The one settings module every part of the extension reads through: built-in defaults < user
// settings (storage.sync) < managed policy (storage.managed), plus the pause in storage.local.
import { DEFAULT_POLICY } from './defaults';
import { extensionApi, LOCAL_KEYS } from './extension-api';
import { settingsFromRawLayers } from './layers';
import { effectiveFromLayers } from './merge';
import type { RegexVerdicts } from './regex-verdicts';
import { currentPatternCheck, readManagedPolicy, readUserSettings } from './storage-layers';
import type { EffectiveSettings } from './types';

export { saveUserSettings, resetUserSetting } from './save-user-settings';
export { usePatternCheck } from './storage-layers';

export function defaultSettings(): EffectiveSettings {
  return effectiveFromLayers(DEFAULT_POLICY, {}, {});
}

export async function loadSettings(): Promise<EffectiveSettings> {
  const api = extensionApi();
  if (!api) return defaultSettings();
  const [user, managed, local] = await Promise.all([
    readUserSettings(),
    readManagedPolicy(),
    api.storage.local.get([LOCAL_KEYS.pausedUntil, LOCAL_KEYS.regexVerdicts]).catch(() => ({}) as Record<string, unknown>),
  ]);
  const settings = settingsFromRawLayers(user, managed, currentPatternCheck(local[LOCAL_KEYS.regexVerdicts] as RegexVerdicts));
  const pausedUntil = Number(local[LOCAL_KEYS.pausedUntil]) || 0;
  settings.pausedUntil = settings.allowPause && pausedUntil > Date.now() ? pausedUntil : 0;
  return settings;
}

function isSettingsChange(changes: Record<string, unknown>, area: string): boolean {
  if (area === 'sync' || area === 'managed') return true;
  return area === 'local' && (LOCAL_KEYS.pausedUntil in changes || LOCAL_KEYS.regexVerdicts in changes);
}

/** Calls back with fresh settings whenever any layer changes; returns an unsubscribe function. */
export function watchSettings(onChange: (settings: EffectiveSettings) => void): () => void {
  const api = extensionApi();
  if (!api) return () => {};
  let generation = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (!isSettingsChange(changes, area)) return;
    const mine = ++generation;
    // Only the newest reload reports, so quick successive changes never arrive out of order.
    void loadSettings().then((settings) => {
      if (mine === generation) onChange(settings);
    });
  };
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}
