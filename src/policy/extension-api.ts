// The browser's extension API: Firefox's promise-based `browser`, else Chromium's `chrome` (whose
// MV3 storage, tabs, action and alarms calls return promises). Tests install a fake on globalThis.

export type ExtensionApi = typeof chrome;

export function extensionApi(): ExtensionApi | undefined {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = scope.browser ?? scope.chrome;
  return api?.storage ? api : undefined;
}

/** storage.local keys used by the extension (none of them ever holds post text). */
export const LOCAL_KEYS = {
  pausedUntil: 'pausedUntil',
  regexVerdicts: 'regexVerdicts',
  auditEvents: 'auditEvents',
  auditQueue: 'auditQueue',
  acknowledgedVersion: 'acknowledgedVersion',
  /** Today's count of site-health events per site, part and state (the daily cap). */
  siteHealthDay: 'siteHealthDay',
} as const;
