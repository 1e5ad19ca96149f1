// What the popup says about a tab's site health: the reports of the page now open in each tab, kept
// by the worker like the badge and cleared when the tab navigates or closes. Kept in storage.session
// (memory only, never on disk, not readable by content scripts) so it survives the worker being
// stopped between the report and the popup opening; a plain Map where the browser lacks it.
import { extensionApi } from '../policy/extension-api';
import type { SiteHealth } from '../shared/messages';

const SESSION_KEY = 'tabHealth';
type TabHealthTable = Record<string, SiteHealth[]>;

const memory = new Map<string, SiteHealth[]>();

function sessionArea(): chrome.storage.StorageArea | undefined {
  return extensionApi()?.storage.session;
}

async function readTable(): Promise<TabHealthTable> {
  const area = sessionArea();
  if (!area) return Object.fromEntries(memory);
  const stored = (await area.get(SESSION_KEY))[SESSION_KEY];
  return stored && typeof stored === 'object' ? (stored as TabHealthTable) : {};
}

async function writeTable(table: TabHealthTable): Promise<void> {
  const area = sessionArea();
  if (area) await area.set({ [SESSION_KEY]: table });
  else {
    memory.clear();
    for (const [tab, reports] of Object.entries(table)) memory.set(tab, reports);
  }
}

// Updates run one after another, so two frames reporting together cannot overwrite each other.
let chain: Promise<unknown> = Promise.resolve();
function serially<T>(update: () => Promise<T>): Promise<T> {
  const next = chain.then(update);
  chain = next.catch(() => undefined);
  return next;
}

const sameReport = (a: SiteHealth, b: SiteHealth) => a.siteId === b.siteId && a.part === b.part && a.state === b.state;

/** Notes a report for the tab's current page; false when this page already reported it. */
export function noteTabHealth(tabId: number, health: SiteHealth): Promise<boolean> {
  return serially(async () => {
    const table = await readTable();
    const reports = table[tabId] ?? [];
    if (reports.some((r) => sameReport(r, health))) return false;
    table[tabId] = [...reports, health];
    await writeTable(table);
    return true;
  });
}

/** The tab navigated or closed: its page's reports no longer apply. */
export function forgetTabHealth(tabId: number): Promise<void> {
  return serially(async () => {
    const table = await readTable();
    if (!(tabId in table)) return;
    delete table[tabId];
    await writeTable(table);
  });
}

/** The reports of the page open in the tab (after any update already under way). */
export function readTabHealth(tabId: number | undefined): Promise<SiteHealth[]> {
  if (tabId === undefined) return Promise.resolve([]);
  return serially(async () => (await readTable())[tabId] ?? []).catch(() => []);
}
