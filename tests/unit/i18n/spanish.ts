// Spanish as the package gives it: the extension bundles only English and loads other catalogues
// when a setting chooses them, so tests that switch to Spanish load it first.
import es from '../../../public/_locales/es/messages.json';
import { loadLanguage, setCatalogueSource } from '../../../src/i18n';

export async function loadSpanish(): Promise<void> {
  setCatalogueSource(() => es);
  if (!(await loadLanguage('es'))) throw new Error('the Spanish catalogue did not load');
}
