// Content script entry (document_start, every frame). Registers the interceptor synchronously
// so it runs before any site handler, then resolves the site adapter (by host now, by markup once
// the document has loaded) and starts following composers. On pages the guard does not serve it
// stays idle: no observer, no scanning.
import { adapterFor, adapterForHost } from '../sites';
import { installAttachmentCapture } from './attachments/capture';
import { Guard } from './guard';
import { installInterceptor } from './intercept/interceptor';
import { onSettings, settings, startSettings } from './settings-state';

const LOADED = Symbol.for('phi-guard.content');

/** The page's host; an about:blank frame (match_about_blank) belongs to the page that made it. */
function pageHost(): string {
  if (location.hostname) return location.hostname;
  const parent = location.ancestorOrigins?.[0];
  try {
    return parent ? new URL(parent).hostname : '';
  } catch {
    return '';
  }
}

function start(): void {
  const scope = globalThis as Record<symbol, unknown>;
  if (scope[LOADED]) return; // registered twice (manifest + dynamic registration)
  scope[LOADED] = true;

  const guard = new Guard();
  installInterceptor(guard);
  installAttachmentCapture(guard);
  // Editors that handle typing and paste themselves (Draft.js prevents the native paste, so no
  // input event follows) are caught by beforeinput/paste/drop; the scan reads the DOM later anyway.
  for (const type of ['input', 'beforeinput', 'paste', 'drop', 'cut'] as const) {
    window.addEventListener(type, (e) => guard.onInput(e), true);
  }
  window.addEventListener('focusin', (e) => guard.onFocus(e), true);
  window.addEventListener('pointerdown', () => guard.onPointerDown(), true);
  startSettings();

  const resolve = () => {
    if (guard.siteAdapter) return;
    const host = pageHost();
    const known = adapterForHost(host);
    if (known) return guard.activate(known);
    // Recognising a site by markup (Mastodon) needs the parsed document; deciding earlier could
    // settle for the generic adapter on an extra site that is really a Mastodon instance.
    if (document.readyState === 'loading') return;
    const adapter = adapterFor(host, document, settings().extraSites);
    if (adapter) guard.activate(adapter);
  };
  resolve();
  if (!guard.siteAdapter) document.addEventListener('DOMContentLoaded', resolve, { once: true });
  onSettings(() => {
    resolve();
    guard.refreshActivity();
  });
}

start();
