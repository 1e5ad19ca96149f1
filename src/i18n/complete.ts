// Type check only (nothing imports this file, so no bundle carries it): a key missing from a
// translation fails `tsc --noEmit`, not just a test. The catalogues themselves load at run time
// (./index.ts, loadLanguage).
import type es from '../../public/_locales/es/messages.json';
import type { Catalogue, Language } from './catalogues';

type Complete<T extends Catalogue> = T;

/** Every language but English (which defines the keys), with its catalogue file. */
export type Translations = { [L in Exclude<Language, 'en'>]: Complete<{ es: typeof es }[L]> };
