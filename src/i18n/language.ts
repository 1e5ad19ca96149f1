// Which language the interface speaks: the organisation's policy (`language`), else the browser's
// interface language, else English.
import { LANGUAGES, type Language } from './catalogues';

export type LanguageSetting = 'auto' | Language;
export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', ...LANGUAGES];

/** The first supported language among the browser's preferences ("es-MX" -> "es"), else English. */
export function resolveLanguage(setting: LanguageSetting | undefined, browserLanguages: readonly (string | undefined)[]): Language {
  if (setting && setting !== 'auto' && (LANGUAGES as readonly string[]).includes(setting)) return setting;
  for (const tag of browserLanguages) {
    const base = tag?.toLowerCase().split(/[-_]/)[0];
    if (base && (LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}

/** The browser's interface language: the extension API's answer, else the page's navigator. */
export function browserLanguages(): string[] {
  const found: string[] = [];
  try {
    const scope = globalThis as { browser?: typeof chrome; chrome?: typeof chrome };
    const ui = (scope.browser ?? scope.chrome)?.i18n?.getUILanguage?.();
    if (ui) found.push(ui);
  } catch {
    // No extension context (tests, a page that lost its extension): the navigator still knows.
  }
  if (typeof navigator !== 'undefined' && navigator.language) found.push(navigator.language);
  return found;
}
