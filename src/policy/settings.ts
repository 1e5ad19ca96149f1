// The one settings module every part of the extension reads through. For now it serves the
// built-in defaults; the policy issue adds user settings (storage.sync) and managed policy.
import { DEFAULT_POLICY } from './defaults';
import type { EffectiveSettings } from './types';

export function defaultSettings(): EffectiveSettings {
  return { ...structuredClone(DEFAULT_POLICY), locked: [], problems: [], pausedUntil: 0 };
}

export async function loadSettings(): Promise<EffectiveSettings> {
  return defaultSettings();
}

/** Calls back with fresh settings whenever any layer changes; returns an unsubscribe function. */
export function watchSettings(_onChange: (settings: EffectiveSettings) => void): () => void {
  return () => {};
}
