// t(key, ...substitutions): the one way user-facing words reach the interface. Messages use the
// browser's `$1`…`$9` substitution syntax (and `$$` for a dollar sign), so the same catalogue files
// serve the manifest through the browser and the pages through this function.
import { CATALOGUES, type Language, type MessageKey } from './catalogues';
import { browserLanguages, resolveLanguage, type LanguageSetting } from './language';

export { LANGUAGES, type Language, type MessageKey } from './catalogues';
export { LANGUAGE_SETTINGS, resolveLanguage, type LanguageSetting } from './language';

let current: Language = resolveLanguage('auto', browserLanguages());

export function language(): Language {
  return current;
}

export function setLanguage(next: Language): void {
  current = next;
}

/** Follows the policy's `language` (or the browser's when "auto"); returns the language in use. */
export function applyLanguageSetting(setting: LanguageSetting | undefined): Language {
  current = resolveLanguage(setting, browserLanguages());
  return current;
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const message = CATALOGUES[current][key]?.message ?? CATALOGUES.en[key]?.message ?? key;
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : String(substitutions[Number(which) - 1] ?? ''));
}

/** Whether the catalogue has this key (for keys built from data, such as rule ids). */
export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(CATALOGUES.en, key);
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
