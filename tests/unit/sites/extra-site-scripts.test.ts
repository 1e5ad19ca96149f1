import { describe, expect, it } from 'vitest';
import { EXTRA_SITES_SCRIPT_ID, originPattern, syncExtraSiteScripts } from '../../../src/sites/extra-site-scripts';

function fakeChrome(granted: string[]) {
  const registered: chrome.scripting.RegisteredContentScript[] = [];
  const api = {
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o)) },
    runtime: { getManifest: () => ({ content_scripts: [{ js: ['src/content/index.js'] }] }) },
    scripting: {
      getRegisteredContentScripts: async () => [...registered],
      registerContentScripts: async (s: chrome.scripting.RegisteredContentScript[]) => void registered.push(...s),
      updateContentScripts: async (s: chrome.scripting.RegisteredContentScript[]) => void registered.splice(0, 1, ...s),
      unregisterContentScripts: async () => void registered.splice(0),
    },
  };
  return { api: api as unknown as typeof chrome, registered };
}

describe('extra sites', () => {
  it('turns hosts and patterns into https match patterns, rejecting junk', () => {
    expect(originPattern('social.example-hospital.org')).toBe('https://social.example-hospital.org/*');
    expect(originPattern('https://forum.example.org/path')).toBe('https://forum.example.org/*');
    expect(originPattern('*.example.org')).toBe('https://*.example.org/*');
    expect(originPattern('not a host')).toBeNull();
    expect(originPattern('')).toBeNull();
  });

  it('registers the content script only for granted hosts, then updates and removes it', async () => {
    const { api, registered } = fakeChrome(['https://social.example-hospital.org/*']);
    expect(await syncExtraSiteScripts(['social.example-hospital.org', 'forum.example.org'], api)).toEqual([
      'https://social.example-hospital.org/*',
    ]);
    expect(registered).toEqual([
      expect.objectContaining({ id: EXTRA_SITES_SCRIPT_ID, matches: ['https://social.example-hospital.org/*'], js: ['src/content/index.js'], runAt: 'document_start', allFrames: true }),
    ]);
    await syncExtraSiteScripts(['social.example-hospital.org'], api);
    expect(registered).toHaveLength(1);
    await syncExtraSiteScripts([], api);
    expect(registered).toEqual([]);
  });
});
