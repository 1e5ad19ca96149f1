// A small in-memory stand-in for the extension storage, action, tabs, alarms and runtime APIs, so
// settings, audit and UI code run under vitest exactly as in the browser.
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

function makeArea(name: string, listeners: Set<Listener>, fail?: () => Error | undefined) {
  let data: Record<string, unknown> = {};
  const area = {
    async get(keys?: string | string[] | null) {
      const error = fail?.();
      if (error) throw error;
      if (keys === null || keys === undefined) return structuredClone(data);
      const wanted = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: structuredClone(v) };
        data[k] = structuredClone(v);
      }
      listeners.forEach((l) => l(changes, name));
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === 'string' ? [keys] : keys) delete data[k];
      listeners.forEach((l) => l({}, name));
    },
    /** Test helper: replace the whole area (as a policy push would). */
    replace(next: Record<string, unknown>) {
      data = structuredClone(next);
      listeners.forEach((l) => l({}, name));
    },
  };
  return area;
}

export function installFakeExtension(options: { managedError?: Error } = {}) {
  const listeners = new Set<Listener>();
  const badges: Record<number, string> = {};
  const created: string[] = [];
  const fake = {
    storage: {
      local: makeArea('local', listeners),
      sync: makeArea('sync', listeners),
      managed: makeArea('managed', listeners, () => options.managedError),
      onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    },
    action: {
      async setBadgeText({ text, tabId }: { text: string; tabId: number }) { badges[tabId] = text; },
      async setBadgeBackgroundColor() {},
    },
    tabs: {
      async create({ url }: { url: string }) { created.push(url); return { id: 1 }; },
      async query() { return [{ id: 7, url: 'https://x.com/home' }]; },
    },
    permissions: {
      granted: new Set<string>(),
      async contains({ origins }: { origins: string[] }) { return origins.every((o) => fake.permissions.granted.has(o)); },
      async request({ origins }: { origins: string[] }) { origins.forEach((o) => fake.permissions.granted.add(o)); return true; },
    },
    alarms: { async create() {}, async clear() { return true; }, onAlarm: { addListener() {} } },
    runtime: {
      id: 'test',
      getManifest: () => ({ version: '0.1.0' }),
      getURL: (path: string) => `chrome-extension://test/${path}`,
      async sendMessage() { return undefined; },
      async openOptionsPage() { created.push('options'); },
    },
    badges,
    created,
  };
  (globalThis as { chrome?: unknown }).chrome = fake;
  return fake;
}

export function removeFakeExtension(): void {
  delete (globalThis as { chrome?: unknown }).chrome;
}
