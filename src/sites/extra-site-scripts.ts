// Guarding hosts that are not in the manifest (a hospital's Mastodon instance, an internal forum):
// the service worker registers the same content script for the hosts in settings.extraSites that
// the user has granted (optional_host_permissions "https://*/*", requested from the options page
// on a click). On those hosts the registry picks Mastodon by markup, or else the generic adapter.
// Adding hosts at run time instead of in the manifest keeps the install prompt to the known sites.

export const EXTRA_SITES_SCRIPT_ID = 'phi-guard-extra-sites';

/** "forum.example.org", "*.example.org" or a full match pattern -> an https match pattern. */
export function originPattern(site: string): string | null {
  const trimmed = site.trim().toLowerCase();
  if (!trimmed) return null;
  if (/^https:\/\/[^/]+\/\*$/.test(trimmed)) return trimmed;
  const host = trimmed.replace(/^[a-z]+:\/\//, '').split('/')[0].split(':')[0];
  return /^(\*\.)?[a-z0-9.-]+$/.test(host) ? `https://${host}/*` : null;
}

export function originPatterns(sites: readonly string[]): string[] {
  return [...new Set(sites.map(originPattern).filter((p): p is string => p !== null))];
}

/**
 * Registers (or updates, or removes) the content script for the granted extra sites.
 * Returns the patterns it now covers. Call at worker start, on settings change and when
 * permissions are added or removed.
 */
export async function syncExtraSiteScripts(sites: readonly string[], api: typeof chrome = chrome): Promise<string[]> {
  const granted: string[] = [];
  for (const origin of originPatterns(sites)) {
    if (await api.permissions.contains({ origins: [origin] })) granted.push(origin);
  }
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [EXTRA_SITES_SCRIPT_ID] });
  if (granted.length === 0) {
    if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: [EXTRA_SITES_SCRIPT_ID] });
    return [];
  }
  const file = api.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  if (!file) return [];
  const script: chrome.scripting.RegisteredContentScript = {
    id: EXTRA_SITES_SCRIPT_ID,
    matches: granted,
    js: [file],
    runAt: 'document_start',
    allFrames: true,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await api.scripting.updateContentScripts([script]);
  else await api.scripting.registerContentScripts([script]);
  return granted;
}
