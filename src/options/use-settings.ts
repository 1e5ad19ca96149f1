// Effective settings for the page, refreshed on every storage change (policy pushes included).
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings } from '../policy/settings';
import type { EffectiveSettings } from '../policy/types';
import { localiseEach } from '../i18n/page';

export function useSettings(): EffectiveSettings | null {
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  useEffect(() => {
    let live = true;
    // The page's language first (its catalogue loaded), so the render that follows speaks it.
    const show = localiseEach('optionsTitle', (s: EffectiveSettings) => {
      if (live) setSettings(s);
    });
    void loadSettings().then(show);
    const stop = watchSettings(show);
    return () => { live = false; stop(); };
  }, []);
  return settings;
}
