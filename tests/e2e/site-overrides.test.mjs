// siteOverrides and site health end to end, in Debian Chromium with a REAL managed policy file under
// /etc/chromium/policies/managed (root, as in CI; otherwise it skips with a message). The policy applies
// to every Chromium on the machine while it exists, so each browser here, with or without a policy, runs
// under lib/managed-policy.mjs's machine-wide lock.
//
// The page (tests/fixtures/sites/facebook-icon-post) is a Facebook group composer, real Lexical, whose
// publish control is an icon-only <div> with no role, label or attribute any adapter knows. It is
// served at https://www.facebook.com/groups/riverside-nurses/ (routed by this test, so the shared
// fixture table is untouched), so the shipped match patterns and the facebook adapter apply.
//  - without policy, a post with PHI goes out unwarned on click (the gap the policy closes);
//  - with siteOverrides naming that div, the click warns, Edit keeps the draft, Post anyway publishes
//    exactly once, and a clean post goes out with no dialog;
//  - on the "redesign" variant (the editor lost the role Facebook's anchor needs) the guard falls back
//    and a content-free site-health event reaches the audit trail and a local OTLP receiver.
// Also: the policy validator's verdict on CSS selectors agrees with Chromium's own parser.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  extensionIdFromKey, findAlertDialog, fixtureText, launchBrowser, publishedPosts, ROOT, startFixtureServer,
} from './harness.mjs';
import { describeDialog, pressDialogButton, PHI_TEXT, CLEAN_TEXT } from './guard-helpers.mjs';
import * as managedPolicy from './lib/managed-policy.mjs';
import { startOtlpReceiver } from './lib/otlp-receiver.mjs';

const POLICY_FILE = 'phi-guard-site-overrides-test.json';
const DIST = join(ROOT, 'dist/chrome');
const PAGE_HTML = join(ROOT, 'tests/fixtures/dist/facebook-icon-post/index.html');
const PAGE_URL = 'https://www.facebook.com/groups/riverside-nurses/';
const skip = process.getuid?.() !== 0
  ? 'needs root to write /etc/chromium/policies/managed (CI runs as root)'
  : !existsSync(join(DIST, 'manifest.json')) ? 'no build in dist/chrome: run npm run build'
    : !existsSync(PAGE_HTML) ? 'fixtures not built: run node tests/e2e/run.mjs' : false;
const EXTENSION_ID = existsSync(join(DIST, 'manifest.json'))
  ? extensionIdFromKey(JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')).key) : '';

const ICON = 'div[data-action="share-now"]';
const EDITOR = '#group-composer [contenteditable="true"]';

const removePolicy = () => managedPolicy.remove();

async function waitFor(check, { timeout = 10_000, interval = 100 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) return null;
    await new Promise((r) => setTimeout(r, interval));
  }
}

let server;
let receiver;
before(async () => {
  if (skip) return;
  server = await startFixtureServer();
  receiver = await startOtlpReceiver();
});
after(async () => {
  removePolicy();
  await receiver?.close();
  await server?.close();
});

/** Launches Chromium with `policy` (or none), serving the icon-post page at its Facebook URL; always cleans up. */
async function withBrowser(policy, fn) {
  removePolicy();
  // Without a policy the lock still keeps other runs' policies off this browser.
  if (policy) managedPolicy.write(EXTENSION_ID, policy, POLICY_FILE);
  else managedPolicy.hold();
  let browser;
  try {
    browser = await launchBrowser({ server });
    const html = readFileSync(PAGE_HTML, 'utf8');
    await browser.context.route((url) => url.hostname === 'www.facebook.com' && url.pathname.startsWith('/groups/riverside-nurses'),
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    if (policy) {
      const managed = await waitFor(async () => {
        const got = await browser.serviceWorker.evaluate(() => chrome.storage.managed.get(null));
        return Object.keys(got).length ? got : null;
      });
      assert.ok(managed, 'Chromium delivered the managed policy to the extension');
      if (policy.siteOverrides) assert.deepEqual(managed.siteOverrides, policy.siteOverrides, 'the schema lets every nested key through');
    }
    await fn(browser);
  } finally {
    await browser?.close();
    removePolicy();
  }
}

async function openGroup(browser, query = '') {
  const page = await browser.context.newPage();
  await page.goto(`${PAGE_URL}${query}`, { waitUntil: 'load' });
  await page.waitForFunction(() => Boolean(window.__fixture), undefined, { timeout: 10_000 });
  await page.waitForTimeout(500); // the content script applies the policy
  return page;
}

async function type(page, text) {
  await page.click(EDITOR);
  await page.keyboard.type(text);
  await page.waitForTimeout(300); // the typing scan's debounce
}

const clickIcon = (page) => page.click(ICON);
const auditEvents = (browser) => browser.serviceWorker.evaluate(async () => (await chrome.storage.local.get('auditEvents')).auditEvents ?? []);

describe('siteOverrides repair an unrecognisable publish control', { skip }, () => {
  test('without the policy, a post with PHI goes out unwarned on a click of the icon', async () => {
    await withBrowser(null, async (browser) => {
      const page = await openGroup(browser);
      await type(page, PHI_TEXT);
      await clickIcon(page);
      assert.equal(await findAlertDialog(page, { timeout: 1_500 }), null, 'no adapter knows the icon, so no warning');
      assert.deepEqual(await publishedPosts(page), [PHI_TEXT]);
    });
  });

  test('with siteOverrides naming the icon: warn, Edit keeps the draft, Post anyway once, clean post quiet', async () => {
    const policy = { siteOverrides: { facebook: { submit: ICON } } };
    await withBrowser(policy, async (browser) => {
      const page = await openGroup(browser);
      await type(page, PHI_TEXT);
      await clickIcon(page);
      let dialog = await findAlertDialog(page);
      assert.ok(dialog, 'the click on the icon now warns');
      assert.match((await describeDialog(dialog)).name, /patient information/);
      assert.deepEqual(await publishedPosts(page), [], 'nothing published while the warning is open');

      await pressDialogButton(dialog, /^Edit/);
      assert.equal(await findAlertDialog(page, { timeout: 500 }), null);
      assert.equal(await fixtureText(page), PHI_TEXT, 'Edit keeps the draft exactly');
      assert.deepEqual(await publishedPosts(page), []);

      await clickIcon(page);
      dialog = await findAlertDialog(page);
      assert.ok(dialog, 'warns again');
      await pressDialogButton(dialog, /anyway/);
      assert.ok(await waitFor(async () => (await publishedPosts(page)).length > 0, { timeout: 5_000 }));
      await page.waitForTimeout(500);
      assert.deepEqual(await publishedPosts(page), [PHI_TEXT], 'published exactly once, the exact text');

      await type(page, CLEAN_TEXT);
      await clickIcon(page);
      assert.equal(await findAlertDialog(page, { timeout: 1_500 }), null, 'no dialog on a clean post');
      assert.deepEqual(await publishedPosts(page), [PHI_TEXT, CLEAN_TEXT]);

      // The options page lists the repair, read-only.
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${EXTENSION_ID}/src/options/index.html`);
      const repaired = options.getByRole('list', { name: 'Sites your organisation repaired' });
      await repaired.waitFor();
      assert.equal((await repaired.textContent()).trim(), 'Facebook: the post button');
    });
  });
});

describe('site health', { skip }, () => {
  test('a composer found only by the fallback is reported: audit trail, OTLP, popup state; no text anywhere', async () => {
    const policy = {
      siteOverrides: { facebook: { submit: ICON, composer: 'div[' } },
      audit: { endpoint: `http://localhost:${receiver.port}/v1/logs` },
    };
    await withBrowser(policy, async (browser) => {
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${EXTENSION_ID}/src/options/index.html`);
      await options.locator('[data-path="siteOverrides.facebook.composer"]').waitFor();
      assert.match(await options.locator('[data-path="siteOverrides.facebook.composer"]').textContent(), /"div\[" is not a valid CSS selector/);

      const page = await openGroup(browser, '?variant=redesign');
      await type(page, PHI_TEXT);
      const event = await waitFor(async () => (await auditEvents(browser)).find((e) => e.action === 'site-fallback'), { timeout: 10_000 });
      assert.ok(event, `a site-fallback event was recorded (${JSON.stringify(await auditEvents(browser))})`);
      assert.equal(event.siteId, 'facebook');
      assert.equal(event.part, 'composer');
      assert.match(event.extensionVersion, /^\d+\.\d+\.\d+/);
      assert.ok(!JSON.stringify(await auditEvents(browser)).includes('Pemberton'), 'no post text in the trail');

      // The same page reports once: typing on records nothing more.
      await type(page, ' more');
      await page.waitForTimeout(800);
      assert.equal((await auditEvents(browser)).filter((e) => e.action === 'site-fallback' && e.part === 'composer').length, 1);

      // Kept for the popup, per tab.
      const tabHealth = await browser.serviceWorker.evaluate(async () => (await chrome.storage.session.get('tabHealth')).tabHealth ?? {});
      assert.ok(Object.values(tabHealth).some((reports) => reports.some((r) => r.siteId === 'facebook' && r.part === 'composer' && r.state === 'fallback')),
        `the worker keeps the report for the tab (${JSON.stringify(tabHealth)})`);

      const record = await waitFor(() => {
        for (const post of receiver.posts) {
          const records = JSON.parse(post.body).resourceLogs[0].scopeLogs[0].logRecords;
          const found = records.find((r) => r.body.stringValue === 'site-fallback');
          if (found) return { found, body: post.body };
        }
        return null;
      }, { timeout: 15_000 });
      assert.ok(record, 'the OTLP receiver got the site-health record');
      assert.ok(!record.body.includes('Pemberton'), 'no post text on the wire');
      assert.deepEqual(record.found.attributes.map((a) => a.key),
        ['phi_guard.action', 'phi_guard.site_id', 'phi_guard.site_part', 'phi_guard.policy_version']);
      assert.deepEqual(record.found.attributes[2].value, { stringValue: 'composer' });

      // The options page's audit table shows it.
      await options.reload();
      // (the table words the action and part for people: "site recognised by general protection (post box)")
      await options.getByRole('cell', { name: /general protection \(post box\)/ }).first().waitFor();
    });
  });
});

describe('CSS selector verdicts', { skip }, () => {
  test('every selector the policy validator accepts parses in Chromium; what it refuses as broken, Chromium refuses too', async () => {
    const selectors = [
      'div[role="button"][data-action="share-now"]', 'div[role="button"]:has(> svg[aria-label="Post"])',
      'form[data-chatgpt-composer] div[contenteditable][role=textbox]', 'a:not(.x)', 'a:nth-child(2n+1 of .x)',
      '[data-x="y" i]', 'a ~ b + c', '#\\31 a', ':scope > a', 'a:is(b, c):where(.d)', 'a:has(+ b)', 'a:lang(en)',
      'div[', 'a:foo', 'a,', 'a >', '>a', '#1a', 'a < b', 'a || b', 'ns|a', '[a!=b]', 'div:contains(x)',
      'a:nth-child(foo)', 'a[b=c s]', 'a{}', 'a:has(:has(b))', 'div) span', 'a::before', 'a & b',
    ];
    const script = `import('./src/policy/css-selector.ts').then(({ checkCssSelector }) =>
      process.stdout.write(JSON.stringify(${JSON.stringify(selectors)}.map((s) => checkCssSelector(s) === null))))`;
    const ours = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT }).toString());
    await withBrowser(null, async (browser) => {
      const page = await browser.context.newPage();
      await page.goto('about:blank');
      const chromium = await page.evaluate((list) => list.map((s) => {
        try { document.createDocumentFragment().querySelector(s); return true; } catch { return false; }
      }), selectors);
      const acceptedButBroken = selectors.filter((s, i) => ours[i] && !chromium[i]);
      assert.deepEqual(acceptedButBroken, [], 'the validator never accepts a selector Chromium rejects');
      // Deliberately stricter (refused though Chromium parses them): pseudo-elements, which never match
      // an element, and the nesting selector "&".
      const stricter = selectors.filter((s, i) => !ours[i] && chromium[i]);
      assert.deepEqual(stricter.sort(), ['a & b', 'a::before'].sort());
      assert.equal(ours.filter(Boolean).length, 12);
    });
  });
});
