// The driver abstraction for Firefox: the part of Playwright's Page, ElementHandle and Keyboard API
// that the shared e2e code (page-helpers.mjs, guard-helpers.mjs, site-scenarios.mjs) uses, implemented
// over WebDriver BiDi. So a scenario reads the same for both browsers: Chromium runs it on a
// Playwright page, Firefox on a BidiPage. Only what the scenarios call exists here; anything else
// fails loudly rather than pretending.
//
// Input is real: clicks and keys go through input.performActions, so the page sees trusted events
// (the warning's buttons ignore untrusted ones). Like Playwright, a click first waits until the
// element is attached, visible, enabled, not moving and the one that would receive the click.
import { fromRemoteValue, toLocalValue } from './bidi.mjs';

// WebDriver's key codes. Enter is \uE006 (the main Return key, code "Enter"), as Playwright's "Enter";
// \uE007 would be the keypad's (code "NumpadEnter"), which sites that check event.code ignore.
const KEYS = {
  Enter: '\uE006', Escape: '\uE00C', Backspace: '\uE003', Tab: '\uE004', Delete: '\uE017', Space: ' ',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Home: '\uE011', End: '\uE010',
  Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D',
  ControlOrMeta: process.platform === 'darwin' ? '\uE03D' : '\uE009',
};

function keyValue(name) {
  if (KEYS[name]) return KEYS[name];
  if ([...name].length === 1) return name;
  throw new Error(`unknown key "${name}"`);
}

export class TimeoutError extends Error {
  constructor(message) {
    super(message);
    this.name = 'TimeoutError';
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A value that is not a DOM node, as waitForFunction returns it (Playwright's JSHandle subset). */
class ValueHandle {
  constructor(value) { this.value = value; }
  asElement() { return null; }
  async jsonValue() { return this.value; }
}

/** Runs in the page: where to click `el`, or why it cannot be clicked yet. Self-contained. */
async function clickPointInPage(el, force) {
  if (!el.isConnected) return { problem: 'not attached to the document' };
  let rect = el.getBoundingClientRect();
  const inView = (r) => r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  if (!inView(rect)) {
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    rect = el.getBoundingClientRect();
  }
  if (rect.width === 0 || rect.height === 0) return { problem: 'not visible' };
  if (force) return { x: Math.floor(rect.left + rect.width / 2), y: Math.floor(rect.top + rect.height / 2) };
  if (el.disabled || el.closest('[aria-disabled="true"]')) return { problem: 'disabled' };
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const after = el.getBoundingClientRect();
  if (after.x !== rect.x || after.y !== rect.y || after.width !== rect.width || after.height !== rect.height) return { problem: 'moving' };
  const x = Math.floor(rect.left + rect.width / 2);
  const y = Math.floor(rect.top + rect.height / 2);
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  for (let node = hit; node; node = node.parentNode ?? node.host) if (node === el) return { x, y };
  return { problem: `another element would receive the click (${hit?.tagName?.toLowerCase()}${hit?.id ? `#${hit.id}` : ''})` };
}

export class BidiElement {
  constructor(page, sharedId) {
    this.page = page;
    this.sharedId = sharedId;
  }

  asElement() { return this; }

  /** fn(element, arg) in the page. */
  evaluate(fn, arg) {
    return this.page.callFunction(fn, [this, arg]);
  }

  async evaluateHandle(fn, arg) {
    const value = await this.evaluate(fn, arg);
    return value instanceof BidiElement ? value : new ValueHandle(value);
  }

  $$(selector) {
    return this.evaluate((el, css) => [...el.querySelectorAll(css)], selector);
  }

  textContent() {
    return this.evaluate((el) => el.textContent);
  }

  async click({ force = false, timeout = 5_000 } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const point = await this.evaluate(clickPointInPage, force);
      if (point.problem === undefined) return this.page.mouseClick(point.x, point.y);
      if (Date.now() > end) throw new TimeoutError(`click: element ${point.problem} after ${timeout} ms`);
      await sleep(50);
    }
  }
}

class BidiKeyboard {
  constructor(page) { this.page = page; }

  /** Types each character as a key press, like Playwright's keyboard.type. */
  type(text, { delay = 0 } = {}) {
    const actions = [];
    for (const char of text) {
      actions.push({ type: 'keyDown', value: char }, { type: 'keyUp', value: char });
      if (delay) actions.push({ type: 'pause', duration: delay });
    }
    return this.page.keys(actions);
  }

  /** "Enter", "Escape", "ControlOrMeta+Enter", "Shift+Enter"... */
  press(combo) {
    const names = combo.split('+');
    const values = names.map(keyValue);
    const key = values.pop();
    const down = values.map((value) => ({ type: 'keyDown', value }));
    const up = values.reverse().map((value) => ({ type: 'keyUp', value }));
    return this.page.keys([...down, { type: 'keyDown', value: key }, { type: 'keyUp', value: key }, ...up]);
  }

  insertText() {
    // BiDi has no "insert text" action; a paste would need the clipboard. The shared scenarios type.
    throw new Error('keyboard.insertText is not available over WebDriver BiDi: type the text (under 300 characters)');
  }
}

export class BidiPage {
  /**
   * @param {import('./bidi.mjs').BidiConnection} connection
   * @param {string} context the browsing context (tab) id
   */
  constructor(connection, context) {
    this.connection = connection;
    this.context = context;
    this.keyboard = new BidiKeyboard(this);
    this.currentUrl = 'about:blank';
  }

  url() { return this.currentUrl; }

  async goto(url) {
    const { url: reached } = await this.connection.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
    this.currentUrl = reached ?? url;
  }

  async reload() {
    await this.connection.send('browsingContext.reload', { context: this.context, wait: 'complete' });
  }

  async close() {
    await this.connection.send('browsingContext.close', { context: this.context }).catch(() => {});
  }

  waitForTimeout(ms) { return sleep(ms); }

  /** fn(...args) in the page's own realm; returns the result, DOM nodes as BidiElements. */
  async callFunction(fn, args) {
    const result = await this.connection.send('script.callFunction', {
      functionDeclaration: String(fn),
      target: { context: this.context },
      arguments: args.map(toLocalValue),
      awaitPromise: true,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 0, maxObjectDepth: 8 },
    });
    if (result.type === 'exception') {
      throw new Error(`in the page: ${result.exceptionDetails.text}`);
    }
    return fromRemoteValue(result.result, (sharedId) => new BidiElement(this, sharedId));
  }

  evaluate(fn, arg) {
    return this.callFunction(fn, [arg]);
  }

  /** Polls fn(arg) until it returns something truthy: an element, or a ValueHandle for other values. */
  async waitForFunction(fn, arg, { timeout = 30_000, polling = 100 } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.callFunction(fn, [arg]);
      if (value) return value instanceof BidiElement ? value : new ValueHandle(value);
      if (Date.now() > end) throw new TimeoutError(`waitForFunction: still falsy after ${timeout} ms`);
      await sleep(typeof polling === 'number' ? polling : 100);
    }
  }

  $$eval(selector, fn) {
    return this.callFunction(`(css) => (${String(fn)})([...document.querySelectorAll(css)])`, [selector]);
  }

  keys(actions) {
    return this.connection.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'key', id: 'keyboard', actions }],
    });
  }

  mouseClick(x, y) {
    return this.connection.send('input.performActions', {
      context: this.context,
      actions: [{
        type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' },
        actions: [{ type: 'pointerMove', x, y, origin: 'viewport' }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }],
      }],
    });
  }
}
