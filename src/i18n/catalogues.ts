// The message catalogues are the extension's own `_locales/<lang>/messages.json` files (which the
// browser reads for the manifest strings). The interface looks messages up itself rather than through
// browser.i18n.getMessage, because getMessage follows only the browser's language and the
// organisation's policy may choose another (docs/architecture.md, "Languages").
// Only English is bundled: it is the fallback for every key and the language at page start. The others
// are read from the package when chosen (./index.ts, loadLanguage); ./complete.ts checks at type level
// that each translation has every key.
import en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Catalogue = Record<MessageKey, { message: string }>;

export const ENGLISH: Catalogue = en;

/** Where a language's catalogue is in the package: the file the browser reads for the manifest too. */
export function catalogueFile(lang: Language): string {
  return `_locales/${lang}/messages.json`;
}

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * A catalogue as it arrived (parsed JSON, or the worker's answer), keeping only the keys the interface
 * knows with a string message; null when nothing usable is in it. Keys it lacks fall back to English.
 */
export function catalogueFrom(data: unknown): Partial<Catalogue> | null {
  if (!data || typeof data !== 'object') return null;
  const found: Partial<Catalogue> = {};
  let usable = false;
  for (const key of Object.keys(en) as MessageKey[]) {
    const entry: unknown = Object.prototype.hasOwnProperty.call(data, key) ? (data as Record<string, unknown>)[key] : undefined;
    const message = entry && typeof entry === 'object' ? (entry as { message?: unknown }).message : undefined;
    if (typeof message === 'string') {
      found[key] = { message };
      usable = true;
    }
  }
  return usable ? found : null;
}
