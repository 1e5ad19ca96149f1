// Keeps the content script registered on the organisation's extraSites that the user has granted
// (see src/sites/extra-site-scripts.ts). Runs at worker start, on policy change and whenever a
// host permission is granted or withdrawn.
import { extensionApi } from '../policy/extension-api';
import { loadSettings } from '../policy/settings';
import { syncExtraSiteScripts } from '../sites/extra-site-scripts';

export async function syncExtraSites(): Promise<void> {
  const api = extensionApi();
  if (!api?.scripting || !api.permissions) return;
  const { extraSites } = await loadSettings();
  try {
    await syncExtraSiteScripts(extraSites, api);
  } catch {
    // A registration refused by the browser must not stop the rest of the worker; the known sites
    // in the manifest are unaffected.
  }
}
