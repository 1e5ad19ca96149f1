// The guard's view of the settings: built-in defaults synchronously at document_start (so the
// interceptor works before storage answers), then the real settings as they load and change.
import { defaultSettings, loadSettings, watchSettings } from '../policy/settings';
import { toScanOptions } from '../policy/scan-options';
import type { EffectiveSettings } from '../policy/types';
import type { ScanOptions } from '../detector/types';
import { applyLanguageSetting, setCatalogueSource } from '../i18n';
import { catalogueFromWorker } from './catalogue-source';
import type { SiteOverride } from '../sites/types';

let current: EffectiveSettings = defaultSettings();
let scanOptions: ScanOptions = toScanOptions(current);
const listeners = new Set<(s: EffectiveSettings) => void>();

/** Whether this frame will show words (a composer was focused, or a publish held): only then is a
 *  chosen language's catalogue asked of the worker, not by every frame of every page at its start. */
let speaking = false;

function apply(next: EffectiveSettings): void {
  current = next;
  // English until a chosen language's catalogue arrives from the worker; the warning, the only words
  // the content script shows, comes at publish time, after the composer's focus asked for it.
  if (speaking) void applyLanguageSetting(next.language);
  scanOptions = toScanOptions(next);
  for (const listener of listeners) listener(next);
}

export function startSettings(): void {
  setCatalogueSource(catalogueFromWorker);
  loadSettings().then(apply, () => {});
  try {
    watchSettings(apply);
  } catch {
    // Outside an extension context (tests): defaults stay.
  }
}

/** Called on the first composer focus (with the knowledge) and before a warning: loads the interface's
 *  language once; later settings changes follow it. */
export function prepareInterface(): void {
  if (speaking) return;
  speaking = true;
  void applyLanguageSetting(current.language);
}

export const settings = (): EffectiveSettings => current;
export const currentScanOptions = (): ScanOptions => scanOptions;

export function onSettings(listener: (s: EffectiveSettings) => void): void {
  listeners.add(listener);
}

/** Whether the guard acts on this site now: not switched off for it, not paused. */
export function guardActive(siteId: string, now = Date.now()): boolean {
  return !current.disabledSites.includes(siteId) && !(current.pausedUntil > now);
}

/**
 * IT's additions to a site's anchors (managed policy `siteOverrides[siteId]`), or undefined. Read
 * defensively: the key is validated by the policy layer, but a malformed value must not break a page.
 */
export function siteOverride(siteId: string): SiteOverride | undefined {
  const all = (current as { siteOverrides?: unknown }).siteOverrides;
  if (!all || typeof all !== 'object') return undefined;
  const entry = (all as Record<string, unknown>)[siteId];
  return entry && typeof entry === 'object' ? (entry as SiteOverride) : undefined;
}
