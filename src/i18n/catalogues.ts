// The message catalogues are the extension's own `_locales/<lang>/messages.json` files (which the
// browser reads for the manifest strings), bundled at build time. The interface looks messages up
// itself rather than through browser.i18n.getMessage, because getMessage follows only the browser's
// language and the organisation's policy may choose another (docs/architecture.md, "Languages").
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';

export type MessageKey = keyof typeof en;

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

type Catalogue = Record<MessageKey, { message: string }>;

/** Typed as complete: a key missing from a translation fails the type check, not just a test. */
export const CATALOGUES: Record<Language, Catalogue> = { en, es };
