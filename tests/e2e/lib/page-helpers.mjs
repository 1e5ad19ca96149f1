// Helpers that drive a fixture page: the '>>>' shadow-piercing selector syntax, opening and typing into
// a composer with real key events, publishing, and reading what was published.
//
// Selector syntax: "A >>> B >>> C" means: C inside the open shadow root of B, which is inside the open
// shadow root of A; each part is a normal CSS selector run with querySelectorAll. Plain CSS never enters
// shadow roots. Where A is a same-origin <iframe>, B is looked up in its document (Google's review-reply
// frames). Matches with no size (display:none, 0x0 decoys such as Reddit's) are skipped.

/** Runs in the page: the first visible element matching a '>>>' selector, or null. Self-contained. */
function resolveDeepInPage(selector) {
  const parts = selector.split('>>>').map((part) => part.trim());
  let roots = [document];
  let matches = [];
  parts.forEach((part, index) => {
    matches = roots.flatMap((root) => [...root.querySelectorAll(part)]);
    if (index < parts.length - 1) roots = matches.map((el) => el.shadowRoot ?? (el.tagName === 'IFRAME' ? el.contentDocument : null)).filter(Boolean);
  });
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  return matches.find(visible) ?? null;
}

/**
 * Waits up to `timeout` ms for a visible match; returns an ElementHandle, or null when none appeared.
 * With Playwright, a part naming an iframe ("iframe.x >>> textarea") continues in that frame's own
 * context, so clicks and keys land in the frame; other drivers (BiDi) pierce it in the page.
 */
export async function deepQuery(page, selector, { timeout = 5_000 } = {}) {
  const parts = selector.split('>>>').map((part) => part.trim());
  const hop = parts.findIndex((part, index) => index < parts.length - 1 && /^iframe\b/i.test(part));
  if (hop >= 0 && typeof page.frames === 'function') {
    const started = Date.now();
    const frameElement = await deepQuery(page, parts.slice(0, hop + 1).join(' >>> '), { timeout });
    const frame = await frameElement?.contentFrame();
    if (!frame) return null;
    return deepQuery(frame, parts.slice(hop + 1).join(' >>> '), { timeout: Math.max(1, timeout - (Date.now() - started)) });
  }
  try {
    const handle = await page.waitForFunction(resolveDeepInPage, selector, { timeout, polling: 50 });
    return handle.asElement();
  } catch (error) {
    if (error.name === 'TimeoutError') return null;
    throw error;
  }
}

/** Like deepQuery but throws with the selector in the message, for steps that must succeed. */
export async function deepQueryOrThrow(page, selector, options) {
  const handle = await deepQuery(page, selector, options);
  if (!handle) throw new Error(`no visible element for selector ${selector}`);
  return handle;
}

/**
 * Finds [role=alertdialog] anywhere, including inside (nested) open shadow roots, e.g. the extension's
 * warning, and in same-origin frames (the content script runs in the frame that holds the composer).
 */
export async function findAlertDialog(page, { timeout = 3_000 } = {}) {
  const find = (intoFrames) => {
    const walk = (root) => {
      const hit = root.querySelector('[role="alertdialog"]');
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot && walk(el.shadowRoot);
        if (inner) return inner;
        let frameDoc = null;
        try { frameDoc = intoFrames && el.tagName === 'IFRAME' ? el.contentDocument : null; } catch { /* cross-origin */ }
        const inFrame = frameDoc && walk(frameDoc);
        if (inFrame) return inFrame;
      }
      return null;
    };
    return walk(document);
  };
  // Playwright: each frame is searched in its own context, so the dialog's buttons are clicked there.
  if (typeof page.frames === 'function') {
    const end = Date.now() + timeout;
    for (;;) {
      for (const frame of page.frames()) {
        const handle = await frame.evaluateHandle(find, false).catch(() => null);
        const element = handle?.asElement();
        if (element) return element;
        await handle?.dispose();
      }
      if (Date.now() > end) return null;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    // Other drivers (BiDi): one search from the top page, into same-origin frames.
    return (await page.waitForFunction(find, true, { timeout, polling: 50 })).asElement();
  } catch (error) {
    if (error.name === 'TimeoutError') return null;
    throw error;
  }
}

/** Opens a fixture's URL in a new page (or the given one) and waits for window.__fixture. */
export async function openFixture(context, fixture, { page } = {}) {
  const target = page ?? await context.newPage();
  await target.goto(fixture.url, { waitUntil: 'load' });
  await target.waitForFunction(() => Boolean(window.__fixture), undefined, { timeout: 10_000 });
  return target;
}

/** Clicks the fixture's `open` selectors (e.g. "Start a post") unless the composer is already visible. */
export async function openComposer(page, fixture) {
  if (await deepQuery(page, fixture.composer, { timeout: 200 })) return;
  for (const selector of fixture.open ?? []) await (await deepQueryOrThrow(page, selector)).click();
  await deepQueryOrThrow(page, fixture.composer);
}

/** The key that makes a line break without publishing: Shift+Enter where plain Enter publishes. */
export function newlineKey(fixture) {
  return fixture.shortcut && !fixture.shortcut.ctrlOrMeta ? 'Shift+Enter' : 'Enter';
}

/**
 * Clicks the composer and types `text` with real key events ("\n" becomes the site's newline key).
 * `paste: true` (the default above 300 characters) inserts it in one go, like a paste.
 */
export async function typeInto(page, fixture, text, { paste = text.length > 300, delay = 0 } = {}) {
  await openComposer(page, fixture);
  const composer = await deepQueryOrThrow(page, fixture.composer);
  await composer.click();
  if (paste) return page.keyboard.insertText(text);
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press(newlineKey(fixture));
    if (line) await page.keyboard.type(line, { delay });
  }
}

/**
 * A real paste: puts `text` on the browser's clipboard and presses Ctrl/Cmd+V in the composer, so the
 * page gets a trusted `paste` event with clipboardData, as when a user pastes a note. Multi-line text
 * arrives intact on every fixture.
 */
export async function pasteInto(page, fixture, text) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await openComposer(page, fixture);
  await (await deepQueryOrThrow(page, fixture.composer)).click();
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('ControlOrMeta+V');
}

/** Clicks the publish control. Pass { force: true } to click it even while it is disabled. */
export async function clickPublish(page, fixture, { force = false, timeout = 5_000 } = {}) {
  const button = await deepQueryOrThrow(page, fixture.publish, { timeout });
  await button.click({ force, timeout });
}

/** Presses the fixture's publish shortcut in the focused composer; throws when the site has none. */
export async function pressShortcut(page, fixture) {
  if (!fixture.shortcut) throw new Error(`${fixture.id} has no publish shortcut`);
  const { key, ctrlOrMeta } = fixture.shortcut;
  await page.keyboard.press(ctrlOrMeta ? `ControlOrMeta+${key}` : key);
}

/**
 * Composes `text` with an IME (as for Japanese or Chinese input) and presses Enter *while composing*
 * (keydown with keyCode 229 and isComposing), then commits the text. That Enter only confirms the IME
 * candidate: sites do not publish on it, and the extension must not treat it as publishing either.
 */
export async function imeEnter(page, text = 'にほん') {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...enter });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter });
    await cdp.send('Input.insertText', { text });
  } finally {
    await cdp.detach();
  }
}

/** Texts of the published posts, oldest first. */
export function publishedPosts(page) {
  return page.$$eval('#published li.published-post', (items) => items.map((item) => item.textContent));
}

/** The editor framework's own model text (window.__fixture.getText()). */
export function fixtureText(page) {
  return page.evaluate(() => window.__fixture.getText());
}

/** Destroys and re-creates the composer like an SPA re-render (window.__fixture.remount()). */
export function remountComposer(page) {
  return page.evaluate(() => window.__fixture.remount());
}
