// A catalogue read from the extension package (the `_locales/<lang>/messages.json` the browser ships),
// never the network. Extension pages and the service worker read it this way; the content script
// cannot (the file is not web-accessible, so no page can probe for the extension) and asks the
// worker, which answers with this (src/content/catalogue-source.ts). Read once per page or worker life.
import { catalogueFile, isLanguage, type Language } from './catalogues';
import { extensionApi } from '../policy/extension-api';

const read = new Map<Language, Promise<unknown>>();

/** The parsed file, or null when it cannot be read (no extension context, a missing or broken file). */
export function packagedCatalogue(lang: unknown): Promise<unknown> {
  if (!isLanguage(lang)) return Promise.resolve(null);
  let reading = read.get(lang);
  if (!reading) {
    reading = (async () => {
      const url = extensionApi()?.runtime.getURL(catalogueFile(lang));
      if (!url) return null;
      const response = await fetch(url);
      return response.ok ? ((await response.json()) as unknown) : null;
    })().catch(() => null);
    read.set(lang, reading);
    // A failure is not kept: the next request tries again.
    void reading.then((data) => { if (data === null) read.delete(lang); });
  }
  return reading;
}
