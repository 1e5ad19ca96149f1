// The Firefox variant of manifest.json (toolchain.md §6): Firefox has no "key" (the gecko id names
// the add-on), reads managed policy from policies.json rather than a managed_schema, runs the
// background as an event page, and wants its own minimum version and data-collection declaration.
export const GECKO_ID = 'phi-guard@phi-guard.org';

type Manifest = Record<string, unknown>;

export function firefoxManifest(chrome: Manifest): Manifest {
  const { key: _key, minimum_chrome_version: _min, storage: _storage, ...rest } = chrome;
  const background = chrome.background as { service_worker?: string; type?: string } | undefined;
  // Firefox has no offscreen documents: its background page reads attached photos itself.
  const permissions = (chrome.permissions as string[] | undefined)?.filter((p) => p !== 'offscreen');
  return {
    ...rest,
    ...(permissions ? { permissions } : {}),
    background: { scripts: [background?.service_worker], type: background?.type },
    browser_specific_settings: {
      // 142: MV3 content scripts, the CSS Custom Highlight API (140+) and data_collection_permissions.
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    },
  };
}
