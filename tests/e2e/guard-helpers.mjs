// Helpers for the guard's e2e suites: the warning dialog, what the extension itself sent over the
// network (service worker via CDP), what it stored, and running the content script on a host
// outside the manifest (an IT-added Mastodon instance).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './harness.mjs';

export const PHI_TEXT = 'Pt Delia Pemberton, DOB 11/08/1952, MRN 00482917, phone 630-555-0194';
export const CLEAN_TEXT = 'Great team huddle this morning, thanks everyone for the coffee';
/** No patient in it, but a phone number: marked faintly as a notice, never a warning. */
export const NOTICE_TEXT = 'Text me at 415-867-2291 when the shift ends';

/**
 * ~20,000 characters of ordinary prose with the PHI sentence after the first ~3,000 (inside the
 * 4,096-character limit some reply boxes set with maxlength).
 */
export function longPaste() {
  const filler = 'The unit ran a calm shift today and the new hand hygiene posters went up by the lifts. ';
  const before = filler.repeat(Math.ceil(3_000 / filler.length));
  const afterwards = filler.repeat(Math.ceil(17_000 / filler.length));
  return `${before}${PHI_TEXT}. ${afterwards}`;
}

// Read once when the suite starts: a concurrent `npm run build` empties dist/chrome for a moment.
const EXTENSION_DIR = resolve(ROOT, process.env.PHI_GUARD_EXTENSION ?? 'dist/chrome');
const MANIFEST = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
const CONTENT_SCRIPT = readFileSync(join(EXTENSION_DIR, MANIFEST.content_scripts[0].js[0]), 'utf8');

export function coveredByManifest(host) {
  return MANIFEST.content_scripts.flatMap((c) => c.matches).some((pattern) => {
    const wanted = pattern.replace(/^https:\/\//, '').split('/')[0];
    return wanted === host || (wanted.startsWith('*.') && host.endsWith(wanted.slice(1)));
  });
}

/**
 * Runs the built content script in an isolated world of every new document of `page`, as Chromium
 * does once the service worker has registered it for a granted extra site. (Granting an optional
 * host permission needs a person to answer Chromium's prompt, which automation cannot do.)
 */
export async function injectContentScript(context, page) {
  const source = CONTENT_SCRIPT;
  const session = await context.newCDPSession(page);
  await session.send('Page.enable');
  await session.send('Page.addScriptToEvaluateOnNewDocument', { source, worldName: 'phi-guard-extra-site', runImmediately: true });
}

/** Records every network request the extension's service worker makes, through the browser's CDP. */
export async function watchServiceWorkerNetwork(context) {
  const session = await context.browser().newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  const requests = [];
  if (!worker) return { requests, attached: false };
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  session.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message);
    if (message.method === 'Network.requestWillBeSent') requests.push(message.params.request.url);
  });
  await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Network.enable' }) });
  return { requests, attached: true };
}

/** Everything the extension keeps in storage.local and storage.sync, as one JSON string. */
export async function storedJson(serviceWorker) {
  return serviceWorker.evaluate(async () => {
    const [local, sync] = await Promise.all([chrome.storage.local.get(null), chrome.storage.sync.get(null)]);
    return JSON.stringify({ local, sync });
  });
}

/** Substrings of `text` distinctive enough that finding one in storage means the text leaked. */
export function telltales(text) {
  const numbers = text.match(/\d[\d/-]{5,}\d/g) ?? [];
  const spans = [];
  for (let i = 0; i + 16 <= Math.min(text.length, 400); i += 8) spans.push(text.slice(i, i + 16));
  return [...new Set([...numbers, ...spans])];
}

/** The accessible parts of the warning, read in the page. */
export function describeDialog(dialog) {
  return dialog.evaluate((el) => {
    const root = el.getRootNode();
    const title = root.getElementById(el.getAttribute('aria-labelledby'))?.textContent ?? '';
    return {
      name: title,
      modal: el.getAttribute('aria-modal'),
      buttons: [...el.querySelectorAll('button')].map((b) => ({ label: b.textContent, disabled: b.disabled })),
      text: el.textContent,
    };
  });
}

/** Clicks the dialog button whose label matches, with a real (trusted) mouse click. Looks again for up
 *  to three seconds: on a loaded machine the button can arrive a render after the dialog (a CI run on a
 *  busy 2-core machine once found the dialog without its "Post anyway" yet). */
export async function pressDialogButton(dialog, label, { timeout = 3_000 } = {}) {
  const end = Date.now() + timeout;
  let seen = [];
  for (;;) {
    seen = [];
    for (const button of await dialog.$$('button')) {
      const text = await button.textContent();
      seen.push(text);
      if (label.test(text)) return button.click();
    }
    if (Date.now() > end) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const connected = await dialog.evaluate((el) => el.isConnected).catch(() => false);
  throw new Error(`no dialog button matching ${label} (buttons: ${JSON.stringify(seen)}; dialog ${connected ? 'in' : 'no longer in'} the page)`);
}

/** Whether keyboard focus is in (or on) the fixture's composer, looking through shadow roots. */
export function focusInComposer(page, composerHandle) {
  return composerHandle.evaluate((composer) => {
    let active = document.activeElement;
    // Down through open shadow roots and same-origin frames (a reply form in an iframe).
    while (active?.shadowRoot?.activeElement || (active?.tagName === 'IFRAME' && active.contentDocument?.activeElement)) {
      active = active.shadowRoot?.activeElement ?? active.contentDocument.activeElement;
    }
    return active === composer || composer.contains(active);
  });
}

/**
 * Records, in the service worker, every site-health report a content script sends (the test's own
 * listener, added through the DevTools protocol; nothing of it ships). Each entry keeps the sender's
 * page URL so a test reads only its page's reports.
 */
export async function watchSiteHealth(serviceWorker) {
  await serviceWorker.evaluate(() => {
    globalThis.__siteHealthSeen = [];
    chrome.runtime.onMessage.addListener((message, sender) => {
      if (message?.type === 'site-health') globalThis.__siteHealthSeen.push({ ...message.health, url: sender.url });
    });
  });
}

/** The site-health reports sent from `url`, waiting up to `timeout` ms for at least `atLeast` of them. */
export async function siteHealthFor(serviceWorker, url, { atLeast = 0, timeout = 1_500 } = {}) {
  const started = Date.now();
  for (;;) {
    const seen = await serviceWorker.evaluate((u) => globalThis.__siteHealthSeen.filter((h) => h.url === u), url);
    if (seen.length >= atLeast && (atLeast > 0 || Date.now() - started >= 500)) return seen.map(({ url: _u, ...h }) => h);
    if (Date.now() - started > timeout) return seen.map(({ url: _u, ...h }) => h);
    await new Promise((r) => setTimeout(r, 100));
  }
}
