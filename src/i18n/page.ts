// Each extension page speaks the language its settings resolve to: `lang` on <html> (so screen
// readers pronounce it right) and a title in that language. The catalogue is read from the package
// first (fast: a file of the extension's own), so the page's first render already speaks it.
import { applyLanguageSetting, t, type MessageKey } from './index';
import type { LanguageSetting } from './language';

/** Resolves once the page's language (English if its catalogue cannot be read) is in use. */
export async function localisePage(setting: LanguageSetting | undefined, titleKey: MessageKey): Promise<void> {
  const lang = await applyLanguageSetting(setting);
  document.documentElement.lang = lang;
  document.title = t(titleKey);
}

/**
 * `show` for each settings value in turn, each after its page is localised; a value that a newer one
 * overtook while its catalogue loaded is skipped, so an older language never replaces a newer one.
 */
export function localiseEach<S extends { language?: LanguageSetting }>(titleKey: MessageKey, show: (settings: S) => void): (settings: S) => Promise<void> {
  let latest = 0;
  return async (settings) => {
    const turn = ++latest;
    await localisePage(settings.language, titleKey);
    if (turn === latest) show(settings);
  };
}
