// t(key, ...substitutions): the one way user-facing words reach the interface. Messages use the
// browser's `$1`…`$9` substitution syntax (and `$$` for a dollar sign), so the same catalogue files
// serve the manifest through the browser and the pages through this function.
// English is bundled; another language's catalogue is loaded from the package when a setting chooses
// it (applyLanguageSetting, loadLanguage). Until it is in, and if it never arrives, the interface speaks
// English: language() is always a language whose catalogue is loaded, and t() stays synchronous.
import { catalogueFrom, ENGLISH, type Catalogue, type Language, type MessageKey } from './catalogues';
import { browserLanguages, resolveLanguage, type LanguageSetting } from './language';
import { packagedCatalogue } from './packaged';

export { LANGUAGES, type Language, type MessageKey } from './catalogues';
export { LANGUAGE_SETTINGS, resolveLanguage, type LanguageSetting } from './language';

/** Reads a language's catalogue (parsed JSON, checked by catalogueFrom); may reject or answer null. */
export type CatalogueSource = (lang: Language) => unknown;

const catalogues: Partial<Record<Language, Partial<Catalogue>>> = { en: ENGLISH };
const loading = new Map<Language, Promise<boolean>>();
let source: CatalogueSource = packagedCatalogue;
let current: Language = 'en';
/** The language last asked for, which a catalogue arriving late must not override. */
let wanted: Language = 'en';

export function language(): Language {
  return current;
}

/** Where catalogues come from: the package by default; the content script asks the worker. */
export function setCatalogueSource(next: CatalogueSource): void {
  source = next;
}

/**
 * Loads a language's catalogue once (again after a failure); resolves true when it is in. Never
 * rejects: a source that throws, rejects or answers something that is not a catalogue gives false.
 */
export function loadLanguage(lang: Language): Promise<boolean> {
  if (catalogues[lang]) return Promise.resolve(true);
  let pending = loading.get(lang);
  if (!pending) {
    pending = Promise.resolve()
      .then(() => source(lang))
      .then((data) => {
        const catalogue = catalogueFrom(data);
        if (catalogue) catalogues[lang] = catalogue;
        return catalogue !== null;
      })
      .catch(() => false)
      .finally(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}

const languageListeners = new Set<(lang: Language) => void>();

/** Calls `listener` whenever the language in use changes (a catalogue arrived, a setting changed), so
 *  words already on screen (an open warning) can be drawn again in it. Returns the unsubscribe. */
export function onLanguageChange(listener: (lang: Language) => void): () => void {
  languageListeners.add(listener);
  return () => languageListeners.delete(listener);
}

/** Speaks `next` now if its catalogue is in, else English; returns the language in use. */
export function setLanguage(next: Language): Language {
  wanted = next;
  const previous = current;
  current = catalogues[next] ? next : 'en';
  if (current !== previous) {
    for (const listener of languageListeners) {
      try {
        listener(current);
      } catch {
        // One broken listener must not keep the language from changing for the rest.
      }
    }
  }
  return current;
}

/**
 * Follows the policy's `language` (or the browser's when "auto"): English at once if the catalogue is
 * not in yet, the language itself once it has loaded (unless another was asked for meanwhile).
 * Resolves with the language in use, English if the catalogue could not be loaded.
 */
export async function applyLanguageSetting(setting: LanguageSetting | undefined): Promise<Language> {
  const lang = resolveLanguage(setting, browserLanguages());
  if (setLanguage(lang) === lang) return lang;
  await loadLanguage(lang);
  return wanted === lang ? setLanguage(lang) : current;
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const message = catalogues[current]?.[key]?.message ?? ENGLISH[key]?.message ?? key;
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : String(substitutions[Number(which) - 1] ?? ''));
}

/** Whether the catalogue has this key (for keys built from data, such as rule ids). */
export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(ENGLISH, key);
}

/** "a, b and c" / "a, b y c" in the current language. */
export function formatList(items: readonly string[]): string {
  try {
    return new Intl.ListFormat(current, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** `count` in the singular or plural message (`$1` is the count), by the language's plural rules. */
export function plural(count: number, one: MessageKey, other: MessageKey): string {
  let form = count === 1 ? 'one' : 'other';
  try {
    form = new Intl.PluralRules(current).select(count);
  } catch {
    // Very old engines: English rules are right for both languages' whole numbers.
  }
  return t(form === 'one' ? one : other, count.toLocaleString(current));
}

/** A time or date in the interface's language. */
export function formatTime(ms: number, options?: Intl.DateTimeFormatOptions): string {
  return new Date(ms).toLocaleString(current, options);
}
