// Effective settings for the page, refreshed on every storage change (policy pushes included).
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings } from '../policy/settings';
import type { EffectiveSettings } from '../policy/types';

export function useSettings(): EffectiveSettings | null {
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => live && setSettings(s));
    const stop = watchSettings((s) => live && setSettings(s));
    return () => { live = false; stop(); };
  }, []);
  return settings;
}
