// Accessibility end to end, in Debian Chromium: axe-core (WCAG 2.1 A and AA rules) on the options
// page, the popup, the acknowledgement page and the warning dialog in warn, justify and block mode,
// in English and in Spanish; then forced colours (Windows high contrast, emulated) and 200% zoom,
// where every control must be visible, reachable, not covered, bordered, and show a focus ring.
// Mode and language come from a REAL managed policy file (so it needs root, as CI has), rewritten
// between rounds in one browser and always removed afterwards; lib/managed-policy.mjs's machine-wide
// lock keeps other suites' policies away meanwhile.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  clickPublish, extensionIdFromKey, findAlertDialog, launchBrowser, loadFixtures, openFixture, ROOT,
  startFixtureServer, typeInto,
} from './harness.mjs';
import * as managedPolicy from './lib/managed-policy.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const POLICY_FILE = 'phi-guard-a11y.json';
const DIST = join(ROOT, 'dist/chrome');
const skip = process.getuid?.() !== 0
  ? 'needs root to write /etc/chromium/policies/managed (CI runs as root)'
  : !existsSync(join(DIST, 'manifest.json')) ? 'no build in dist/chrome: run npm run build' : false;
const EXTENSION_ID = existsSync(join(DIST, 'manifest.json'))
  ? extensionIdFromKey(JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')).key) : '';

const DRAFT = 'Mrs. Jane Doezinski, 84, in bed 12 after the crash on Route 47, MRN 4417723';
const FIXTURE = loadFixtures().find((f) => f.id === 'x');
const LANGUAGES = ['en', 'es'];
const MODES = ['warn', 'justify', 'block'];
/** 200% zoom of the harness's 1100×800 window: the same CSS layout as the browser zoomed in. */
const NORMAL = { width: 1100, height: 800 };
const ZOOMED = { width: 550, height: 400 };

/** What the policy sets besides mode and language: everything the pages can show. */
const BASE_POLICY = {
  sensitivity: 'high', orgName: 'Mercy General', policyUrl: 'https://policy.test.example/social',
  supportContact: 'privacy@test.example', customRules: [{ id: 'org-mrn', category: 'MRN', pattern: '\\bMRN \\d{7}\\b' }],
  acknowledgement: { required: false, text: 'Never post about patients.', version: '1' },
};

const writePolicy = (policy) => managedPolicy.write(EXTENSION_ID, policy, POLICY_FILE);

async function waitFor(check, { timeout = 30_000, interval = 200 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) return null;
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** axe-core in the page (injected over CDP, so extension pages' CSP does not stop it). */
async function axe(page, include) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async ({ include, tags }) => {
    const result = await window.axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags } });
    const brief = (r) => ({ id: r.id, impact: r.impact, nodes: r.nodes.length, targets: r.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) });
    return { violations: result.violations.map(brief), incomplete: result.incomplete.map(brief), passes: result.passes.length };
  }, { include, tags: WCAG_21_AA });
}

/**
 * Runs in the page: every control under `selector` (a shadow host is entered), scrolled to; whether it
 * is visible, inside the viewport, not covered by something else, and (for buttons and text fields)
 * bordered. Native checkboxes and radios are drawn by the system and keep their own outline.
 */
function inspectControls({ hostSelector, forced }) {
  const host = hostSelector ? document.querySelector(hostSelector) : null;
  const root = host?.shadowRoot ?? document;
  const controls = [...root.querySelectorAll('button, input:not([type="hidden"]), select, textarea, a[href]')];
  return controls.map((el) => {
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const name = `${el.tagName.toLowerCase()}${el.type ? `[${el.type}]` : ''} "${(el.textContent || el.value || el.getAttribute('aria-label') || el.id || '').trim().slice(0, 40)}"`;
    const visible = r.width >= 1 && r.height >= 1 && style.visibility !== 'hidden' && Number(style.opacity) > 0;
    const inViewport = r.left >= -1 && r.top >= -1 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1;
    const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const uncovered = !!hit && (hit === el || el.contains(hit) || hit.control === el || hit.contains?.(el) && hit.tagName === 'LABEL');
    // Checkboxes, radios and the file picker's button are drawn by the system, with its own borders.
    const native = el.type === 'checkbox' || el.type === 'radio' || el.type === 'file';
    // Forced colours replace backgrounds, so there a button or field without a border reads as text.
    const bordered = !forced || el.tagName === 'A' || native
      || (parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none' && parseFloat(style.borderBottomWidth) > 0);
    const key = `${el.getRootNode() === document ? 'page' : 'shadow'}:${[...el.getRootNode().querySelectorAll('*')].indexOf(el)}`;
    return { name, key, radio: el.type === 'radio' ? el.name : null, visible, inViewport, uncovered, bordered, disabled: el.disabled === true };
  });
}

/** Presses Tab until focus comes back round (or `limit`), recording each focused control's ring. */
async function tabThrough(page, limit, fromTop) {
  const seen = [];
  // A page is walked from its top; a dialog from where it put focus (its trap keeps Tab inside).
  if (fromTop) await page.evaluate(() => { document.activeElement?.blur?.(); window.focus(); });
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const key = `${el.getRootNode() === document ? 'page' : 'shadow'}:${[...el.getRootNode().querySelectorAll('*')].indexOf(el)}`;
      const name = `${el.tagName.toLowerCase()} "${(el.textContent || el.value || '').trim().slice(0, 40)}"`;
      return { key, name, ring };
    });
    if (!focus) continue;
    // A date field takes several Tab presses (month, day, year) on the same element.
    if (seen.at(-1)?.key === focus.key) continue;
    if (seen.some((s) => s.key === focus.key)) break; // round again
    seen.push(focus);
  }
  return seen;
}

/** Every enabled control is shown, reachable by scrolling, uncovered and bordered; every Tab stop shows a ring. */
async function assertUsable(page, label, { host = null, tabLimit = 120, forced = false } = {}) {
  const controls = await page.evaluate(inspectControls, { hostSelector: host, forced });
  assert.ok(controls.length > 0, `${label}: found controls to check`);
  const bad = controls.filter((c) => !c.disabled && !(c.visible && c.inViewport && c.uncovered && c.bordered))
    .map(({ key: _key, radio: _radio, ...c }) => c);
  assert.deepEqual(bad, [], `${label}: controls hidden, off screen, covered or without a border`);
  const stops = await tabThrough(page, tabLimit, !host);
  assert.ok(stops.length > 0, `${label}: Tab reaches controls`);
  const ringless = stops.filter((s) => !s.ring).map((s) => s.name);
  assert.deepEqual(ringless, [], `${label}: focused controls without a visible focus ring`);
  // Every enabled control is a Tab stop (a radio group is one stop).
  const reached = new Set(stops.map((s) => s.key));
  const groupsReached = new Set(controls.filter((c) => c.radio && reached.has(c.key)).map((c) => c.radio));
  const missed = controls.filter((c) => !c.disabled && !reached.has(c.key) && !(c.radio && groupsReached.has(c.radio)));
  assert.deepEqual(missed.map((c) => c.name), [], `${label}: controls Tab does not reach`);
  return { controls: controls.length, stops: stops.length };
}

const results = [];
function record(page, language, mode, outcome) {
  results.push({ page, language, mode, ...outcome });
  const serious = outcome.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(`# axe ${page} ${language}${mode ? ` ${mode}` : ''}: ${outcome.violations.length} violations `
    + `(${serious.length} serious/critical), ${outcome.incomplete.length} to review, ${outcome.passes} rules passed`
    + (outcome.violations.length ? ` — ${outcome.violations.map((v) => `${v.id}[${v.impact}]`).join(', ')}` : '')
    + (outcome.incomplete.length ? `; to review: ${outcome.incomplete.map((v) => v.id).join(', ')}` : ''));
  assert.deepEqual(serious, [], `${page} ${language} ${mode ?? ''}: serious or critical axe violations`);
}

let server;
let browser;
before(async () => {
  if (skip) return;
  server = await startFixtureServer();
  writePolicy({ ...BASE_POLICY, mode: 'warn', language: 'en' });
  browser = await launchBrowser({ server });
  assert.equal(browser.extensionId, EXTENSION_ID);
});
after(async () => {
  await browser?.close();
  managedPolicy.remove();
  await server?.close();
});

/** Rewrites the policy and waits until the extension has it (a managed change reaches every page). */
async function usePolicy(mode, language) {
  writePolicy({ ...BASE_POLICY, mode, language });
  const applied = await waitFor(async () => {
    const got = await browser.serviceWorker.evaluate(() => chrome.storage.managed.get(null));
    return got.mode === mode && got.language === language;
  }, { timeout: 60_000 });
  assert.ok(applied, `Chromium delivered mode ${mode}, language ${language}`);
}

const extensionPage = (path) => `chrome-extension://${EXTENSION_ID}/${path}`;
const PAGES = [
  { name: 'options', path: 'src/options/index.html', ready: 'main:not([aria-busy]) h1' },
  { name: 'popup', path: 'src/popup/index.html', ready: 'main.popup [data-status]' },
  { name: 'acknowledgement', path: 'src/ack/index.html', ready: 'main button' },
];

async function openWarning(mode) {
  const page = await openFixture(browser.context, FIXTURE);
  await page.setViewportSize(NORMAL);
  await page.waitForTimeout(500); // the content script applies the policy (the org rule's verdict included)
  await typeInto(page, FIXTURE, DRAFT);
  await clickPublish(page, FIXTURE);
  const dialog = await findAlertDialog(page, { timeout: 5_000 });
  assert.ok(dialog, `the warning opened in ${mode} mode`);
  return { page, dialog };
}

describe('accessibility (axe-core WCAG 2.1 A/AA, forced colours, 200% zoom)', { skip }, () => {
  for (const language of LANGUAGES) {
    test(`extension pages in ${language}`, async () => {
      await usePolicy('warn', language);
      for (const { name, path, ready } of PAGES) {
        const page = await browser.context.newPage();
        await page.setViewportSize(NORMAL);
        await page.goto(extensionPage(path));
        await page.locator(ready).first().waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.lang), language, `${name}: <html lang>`);
        record(name, language, null, await axe(page));

        await page.emulateMedia({ forcedColors: 'active' });
        assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
        const forced = await assertUsable(page, `${name} ${language} forced colours`, { forced: true });
        await page.emulateMedia({ forcedColors: 'none' });
        await page.setViewportSize(ZOOMED);
        const zoomed = await assertUsable(page, `${name} ${language} 200% zoom`);
        console.log(`# ${name} ${language}: ${forced.controls} controls, ${forced.stops} Tab stops with a ring in forced colours; ${zoomed.stops} at 200%`);
        await page.close();
      }
    });

    for (const mode of MODES) {
      test(`warning dialog in ${mode} mode, ${language}`, async () => {
        await usePolicy(mode, language);
        const { page, dialog } = await openWarning(mode);
        assert.equal(await dialog.evaluate((el) => el.getAttribute('lang')), language, 'lang on the dialog');
        const words = await dialog.evaluate((el) => el.textContent);
        if (language === 'es') assert.match(words, /información del paciente/);
        if (mode === 'block') assert.doesNotMatch(words, /Post anyway|Publicar de todos modos/);
        const outcome = await axe(page, 'phi-guard-warning');
        assert.ok(outcome.passes > 5, 'axe checked the dialog (rules passed inside the shadow root)');
        record('warning', language, mode, outcome);

        await page.emulateMedia({ forcedColors: 'active' });
        await assertUsable(page, `warning ${mode} ${language} forced colours`, { host: 'phi-guard-warning', tabLimit: 20, forced: true });
        await page.emulateMedia({ forcedColors: 'none' });
        await page.setViewportSize(ZOOMED);
        await assertUsable(page, `warning ${mode} ${language} 200% zoom`, { host: 'phi-guard-warning', tabLimit: 20 });
        await page.keyboard.press('Escape');
        await page.close();
      });
    }
  }

  test('summary', () => {
    const serious = results.flatMap((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'));
    console.log(`# axe: ${results.length} page/mode/language runs, ${results.reduce((n, r) => n + r.violations.length, 0)} violations, ${serious.length} serious or critical`);
    assert.equal(results.length, LANGUAGES.length * (PAGES.length + MODES.length));
  });
});
