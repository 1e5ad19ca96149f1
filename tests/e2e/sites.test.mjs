// The guard on every fixture site, in Debian Chromium with the built extension: the scenarios shared
// with Firefox (lib/site-scenarios.mjs: PHI is held on click and on the site's shortcut, Edit keeps the
// draft and returns focus, "Post anyway" publishes exactly once with the exact text, clean posts go
// through untouched), then a long paste caught by an immediate shortcut and a re-mounted composer.
// Then: the extension made no network request and stored nothing of what was typed.
// FIXTURES=x,chatgpt limits the run while working on some sites; PHI_GUARD_EXTENSION=<dir> tests
// another unpacked build than dist/chrome.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildFixturesIfStale, clickPublish, deepQueryOrThrow, findAlertDialog, fixtureText, launchBrowser, loadFixtures,
  openFixture, pressShortcut, publishedPosts, remountComposer, startFixtureServer, typeInto,
} from './harness.mjs';
import {
  CLEAN_TEXT, PHI_TEXT, coveredByManifest, injectContentScript, longPaste, pressDialogButton, siteHealthFor, storedJson,
  telltales, watchServiceWorkerNetwork, watchSiteHealth,
} from './guard-helpers.mjs';
import { guardScenarios, highlightsShown } from './lib/site-scenarios.mjs';

const only = process.env.FIXTURES?.split(',');
const fixtures = loadFixtures().filter((f) => !only || only.includes(f.id));
const typed = [];
let server;
let browser;
let workerNetwork;
const pageScriptRequests = [];
const SCRIPTED = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'ping', 'beacon', 'other']);

before(async () => {
  buildFixturesIfStale();
  server = await startFixtureServer();
  browser = await launchBrowser({ server, extension: process.env.PHI_GUARD_EXTENSION ?? 'dist/chrome' });
  workerNetwork = await watchServiceWorkerNetwork(browser.context);
  await watchSiteHealth(browser.serviceWorker);
  // Fixture pages only load their document and /assets/: any script-made request in a page is the
  // content script's.
  browser.context.on('request', (request) => {
    // The worker reading its own package (the lazily loaded knowledge file) is not a network request.
    if (SCRIPTED.has(request.resourceType()) && !request.url().startsWith('chrome-extension://')) pageScriptRequests.push(request.url());
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page on the fixture, with the content script injected where the manifest does not reach. */
async function open(fixture) {
  const page = await browser.context.newPage();
  if (!coveredByManifest(fixture.host)) await injectContentScript(browser.context, page);
  return openFixture(browser.context, fixture, { page });
}

async function type(page, fixture, text, options) {
  typed.push(text);
  await typeInto(page, fixture, text, options);
}

/**
 * The shortcut when the site has one, else a click on its publish control. Dialog composers grow
 * with 20k characters and push their button out of the viewport, where no mouse can reach it: the
 * click is then dispatched by script, which the guard treats like any other click.
 */
async function publishByKeyOrClick(page, fixture) {
  if (fixture.shortcut) return pressShortcut(page, fixture);
  const button = await deepQueryOrThrow(page, fixture.publish);
  return button.evaluate((el) => el.click());
}

for (const fixture of fixtures) {
  describe(`guard on ${fixture.id} (${fixture.framework})`, () => {
    let page;
    before(async () => { page = await open(fixture); });
    after(async () => { await page?.close(); });

    // Chromium only: the worker's record of site health, read right after the first scenario typed PHI.
    guardScenarios(fixture, {
      page: () => page,
      type,
      afterFirst: () => {
        test(`site health: ${fixture.health?.length ? fixture.health.map((h) => `${h.part} ${h.state}`).join(', ') : 'nothing to report'}`, async () => {
          const expected = fixture.health ?? [];
          const reports = await siteHealthFor(browser.serviceWorker, page.url(), { atLeast: expected.length });
          // Each report is sent once per page load; fixtures sharing a URL see each other's, so compare the set.
          assert.deepEqual(
            [...new Set(reports.map((h) => `${h.siteId} ${h.part} ${h.state}`))].sort(),
            expected.map((h) => `${fixture.adapter} ${h.part} ${h.state}`).sort(),
          );
        });
      },
    });

    test('a ~20k-character paste then an immediate publish is caught', async () => {
      await page.reload();
      await page.waitForFunction(() => Boolean(window.__fixture));
      const text = longPaste();
      await type(page, fixture, text, { paste: true });
      await publishByKeyOrClick(page, fixture);
      assert.ok(await findAlertDialog(page), 'the warning appears');
      assert.ok(await page.waitForFunction(highlightsShown, undefined, { timeout: 3_000 }).catch(() => false), 'the paste is highlighted');
      assert.deepEqual(await publishedPosts(page), []);
      await page.keyboard.press('Escape');
      const composer = await deepQueryOrThrow(page, fixture.composer);
      const limit = await composer.evaluate((el) => (el.maxLength > 0 ? el.maxLength : Infinity));
      assert.equal(await fixtureText(page), text.slice(0, limit), 'the pasted draft is intact');
    });

    test('a re-mounted composer is still guarded', async () => {
      await page.reload();
      await page.waitForFunction(() => Boolean(window.__fixture));
      await remountComposer(page);
      await type(page, fixture, PHI_TEXT);
      await clickPublish(page, fixture);
      assert.ok(await findAlertDialog(page), 'the warning appears');
      assert.deepEqual(await publishedPosts(page), []);
      await page.keyboard.press('Escape');
    });
  });
}

describe('several editors published together (X thread: "Post all")', { skip: only && !only.includes('x') }, () => {
  const fixture = loadFixtures().find((f) => f.id === 'x');
  let page;
  before(async () => { page = await open(fixture); });
  after(async () => { await page?.close(); });

  test('PHI in the second post holds "Post all" and the shortcut from the first; Post anyway posts both once', async () => {
    await type(page, fixture, CLEAN_TEXT);
    await (await deepQueryOrThrow(page, '[data-testid="addButton"]')).click();
    const second = await deepQueryOrThrow(page, '[data-testid="tweetTextarea_1"]');
    await second.click();
    typed.push(PHI_TEXT);
    await page.keyboard.type(PHI_TEXT);
    await (await deepQueryOrThrow(page, '[data-testid="tweetTextarea_0"]')).click();
    await pressShortcut(page, fixture);
    let dialog = await findAlertDialog(page);
    assert.ok(dialog, 'the shortcut in the clean first post is held: the thread holds PHI');
    await page.keyboard.press('Escape');
    await clickPublish(page, fixture);
    dialog = await findAlertDialog(page);
    assert.ok(dialog, '"Post all" is held');
    assert.deepEqual(await publishedPosts(page), []);
    await pressDialogButton(dialog, /^Post anyway$/);
    await page.waitForFunction(() => document.querySelectorAll('#published li.published-post').length > 1, undefined, { timeout: 3_000 });
    await page.waitForTimeout(300);
    assert.deepEqual(await publishedPosts(page), [CLEAN_TEXT, PHI_TEXT]);
  });
});

// A reply that tells the reviewer of their own care, with no name or number in it: on a review site's reply box
// the reader is the reviewer, whom the site names, so it is held there (ScanOptions.replyToReview); the same
// words posted on X name no one and go through.
const REPLY_TEXT = 'Our records show you missed two appointments before the crown was placed, which is why the fee applied.';
for (const id of ['yelp-business', 'x']) {
  const review = id !== 'x';
  describe(`a reply that confirms the reader's care on ${id}`, { skip: only && !only.includes(id) }, () => {
    const fixture = loadFixtures().find((f) => f.id === id);
    let page;
    before(async () => { page = await open(fixture); });
    after(async () => { await page?.close(); });

    test(review ? 'is held: it confirms the reviewer is a patient' : 'publishes: nobody is its reader', async () => {
      await type(page, fixture, REPLY_TEXT);
      await clickPublish(page, fixture);
      if (review) {
        assert.ok(await findAlertDialog(page), 'the warning appears');
        assert.deepEqual(await publishedPosts(page), []);
        await page.keyboard.press('Escape');
        assert.equal(await fixtureText(page), REPLY_TEXT, 'the draft is intact');
      } else {
        await page.waitForFunction(() => document.querySelectorAll('#published li.published-post').length > 0, undefined, { timeout: 3_000 });
        assert.equal(await findAlertDialog(page, { timeout: 400 }), null, 'no warning');
        assert.deepEqual(await publishedPosts(page), [REPLY_TEXT]);
      }
    });
  });
}

describe('bad input and a hostile page never break the guard', { skip: only && !only.includes('x') }, () => {
  const fixture = loadFixtures().find((f) => f.id === 'x');
  let page;
  before(async () => { page = await open(fixture); });
  after(async () => { await page?.close(); });

  test('page scripts cannot press the warning buttons (untrusted events do nothing)', async () => {
    await type(page, fixture, PHI_TEXT);
    await clickPublish(page, fixture);
    assert.ok(await findAlertDialog(page));
    await page.evaluate(() => {
      const root = document.querySelector('phi-guard-warning').shadowRoot;
      for (const button of root.querySelectorAll('button')) button.click();
      root.querySelector('button').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    });
    assert.ok(await findAlertDialog(page, { timeout: 300 }), 'the warning is still up');
    assert.deepEqual(await publishedPosts(page), []);
  });

  test('a page that removes the warning publishes nothing and is guarded again', async () => {
    await page.evaluate(() => document.querySelector('phi-guard-warning').remove());
    await page.waitForTimeout(200);
    assert.deepEqual(await publishedPosts(page), []);
    assert.equal(await fixtureText(page), PHI_TEXT);
    await clickPublish(page, fixture);
    assert.ok(await findAlertDialog(page), 'the next publish is warned about again');
    await page.keyboard.press('Escape');
  });

  test('a 100,000-character paste, then the shortcut at once: warned, page still responsive', async () => {
    await page.reload();
    await page.waitForFunction(() => Boolean(window.__fixture));
    const filler = 'The unit ran a calm shift today and the new hand hygiene posters went up by the lifts.\n';
    const text = `${filler.repeat(600)}${PHI_TEXT}\n${filler.repeat(550)}`;
    await type(page, fixture, text, { paste: true });
    const started = Date.now();
    await pressShortcut(page, fixture);
    assert.ok(await findAlertDialog(page, { timeout: 10_000 }), 'the warning appears');
    const toWarning = Date.now() - started;
    assert.ok(toWarning < 5_000, `warning after ${toWarning} ms`);
    assert.deepEqual(await publishedPosts(page), []);
    const pingStarted = Date.now();
    await page.evaluate(() => 1);
    assert.ok(Date.now() - pingStarted < 2_000, 'the page answers');
    await page.keyboard.press('Escape');
    assert.equal((await fixtureText(page)).length, text.length);
  });
});

describe('privacy', () => {
  test('the extension made no network request (fixture server and service worker)', async () => {
    // 'tls-error' is Chromium's own plain-HTTP probing of the catch-all resolver; page fetches are
    // checked below through the browser itself.
    const expected = new Set(['page', 'asset', 'favicon', 'demo', 'browser', 'tls-error']);
    // A page's own module scripts (asset names change when the fixtures are rebuilt) are not ours.
    const pageAsset = (r) => r.path.startsWith('/assets/') && r.fetchSite === 'same-origin';
    const odd = server.requests.filter((r) => (!expected.has(r.kind) && !pageAsset(r)) || String(r.origin ?? '').startsWith('chrome-extension://'));
    assert.deepEqual(odd, []);
    assert.deepEqual(pageScriptRequests, []);
    assert.ok(workerNetwork.attached, 'watching the service worker');
    assert.deepEqual(workerNetwork.requests.filter((url) => !url.startsWith('chrome-extension://')), []);
  });

  test('nothing of the typed text is in chrome.storage', async () => {
    const stored = await storedJson(browser.serviceWorker);
    for (const text of typed) {
      for (const piece of telltales(text)) assert.ok(!stored.includes(piece), `storage contains "${piece}"`);
    }
  });
});
