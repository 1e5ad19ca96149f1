// Attached photos on the X, Facebook, Instagram, LinkedIn and ChatGPT fixtures, in Debian Chromium
// with the built extension: a chart screenshot (a name, a date of birth, a record number) attached
// through the composer's file input warns with its thumbnail and boxed regions, and "Post anyway"
// publishes exactly once; a clean landscape pasted from the clipboard goes out with no dialog; a
// photo published while still being read shows "still checking" and then decides by itself. The
// images are drawn by the test in the page (canvas), never read from disk. Then: no network request.
// FIXTURES=x,chatgpt limits the sites.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildFixturesIfStale, clickPublish, deepQueryOrThrow, findAlertDialog, launchBrowser, loadFixtures, openComposer,
  openFixture, publishedPosts, startFixtureServer, typeInto,
} from './harness.mjs';
import { CLEAN_TEXT, pressDialogButton, storedJson, watchServiceWorkerNetwork } from './guard-helpers.mjs';

const SITES = ['x', 'facebook', 'instagram', 'linkedin', 'chatgpt'];
const only = process.env.FIXTURES?.split(',');
const fixtures = loadFixtures().filter((f) => SITES.includes(f.id) && (!only || only.includes(f.id)));
/** The first photo of a run also loads the OCR engine; later ones are quicker. */
const READ_MS = 30_000;
const CHART_WORDS = ['Delia Pemberton', '11/08/1952', '00482917'];
let server;
let browser;
let workerNetwork;
const timings = [];

before(async () => {
  buildFixturesIfStale();
  server = await startFixtureServer();
  browser = await launchBrowser({ server, extension: process.env.PHI_GUARD_EXTENSION ?? 'dist/chrome' });
  workerNetwork = await watchServiceWorkerNetwork(browser.context);
});
after(async () => {
  if (timings.length) console.log(`images: publish -> decision after attach (ms): ${timings.join(', ')}`);
  await browser?.close();
  await server?.close();
});

/** Draws a test picture in the page and returns its PNG bytes. */
async function drawImage(page, kind) {
  const base64 = await page.evaluate(async (what) => {
    const canvas = new OffscreenCanvas(900, 560);
    const g = canvas.getContext('2d');
    if (what === 'chart') {
      g.fillStyle = '#ffffff';
      g.fillRect(0, 0, 900, 560);
      g.fillStyle = '#1f3a5f';
      g.fillRect(0, 0, 900, 70);
      g.fillStyle = '#ffffff';
      g.font = 'bold 34px sans-serif';
      g.fillText('Patient Chart - Ward 4B', 30, 48);
      g.fillStyle = '#111111';
      g.font = '32px sans-serif';
      const lines = ['Patient: Delia Pemberton', 'DOB: 11/08/1952', 'MRN: 00482917', 'Allergies: penicillin'];
      lines.forEach((line, i) => g.fillText(line, 40, 150 + i * 80));
    } else {
      const sky = g.createLinearGradient(0, 0, 0, 560);
      sky.addColorStop(0, '#7ec8f0');
      sky.addColorStop(1, '#e8f6ff');
      g.fillStyle = sky;
      g.fillRect(0, 0, 900, 560);
      g.fillStyle = '#ffd54a';
      g.beginPath();
      g.arc(700, 120, 60, 0, Math.PI * 2);
      g.fill();
      g.fillStyle = '#3f8f3a';
      g.beginPath();
      g.moveTo(0, 560);
      for (let x = 0; x <= 900; x += 30) g.lineTo(x, 380 + Math.sin(x / 90) * 50);
      g.lineTo(900, 560);
      g.fill();
    }
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return btoa(binary);
  }, kind);
  return Buffer.from(base64, 'base64');
}

const attachSelector = (fixture) =>
  fixture.id === 'linkedin' ? '#interop-outlet >>> input[data-fixture="attach"]' : 'input[data-fixture="attach"]';

async function attachByInput(page, fixture, name, buffer) {
  const input = await deepQueryOrThrow(page, attachSelector(fixture));
  await input.setInputFiles({ name, mimeType: 'image/png', buffer });
}

/** A real paste: the picture on the clipboard, then Ctrl/Cmd+V in the composer. */
async function attachByPaste(page, fixture, buffer) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  const composer = await deepQueryOrThrow(page, fixture.composer);
  await composer.click();
  await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([bytes], { type: 'image/png' }) })]);
  }, buffer.toString('base64'));
  await page.keyboard.press('ControlOrMeta+V');
}

/** The warning's state, read inside its shadow root. */
function dialogState(dialog) {
  return dialog.evaluate((el) => {
    const thumbs = [...el.querySelectorAll('.thumbnail[role="img"]')];
    return {
      checking: Boolean(el.querySelector('.checking')),
      text: el.textContent,
      thumbnails: thumbs.map((t) => ({
        label: t.getAttribute('aria-label'),
        drawn: (t.querySelector('canvas')?.width ?? 0) > 0,
        boxes: t.querySelectorAll('svg rect').length,
        boxesHidden: t.querySelector('svg')?.getAttribute('aria-hidden') === 'true',
      })),
      proceedDisabled: [...el.querySelectorAll('button')].find((b) => /anyway/.test(b.textContent))?.disabled ?? null,
    };
  });
}

async function waitUntilDecided(page, dialog, timeout = READ_MS) {
  await page.waitForFunction((el) => !el.querySelector('.checking'), dialog, { timeout, polling: 100 });
  return dialogState(dialog);
}

const publishedImages = (page) => page.$$eval('#published li.published-post', (items) => items.map((i) => i.dataset.images ?? ''));

/** Waits until the composer's attachment previews show `count` photos (the site took the file). */
async function previewsShown(page, fixture, count) {
  const selector = fixture.id === 'linkedin' ? '#interop-outlet >>> .fixture-photo' : '.fixture-photo';
  await page.waitForFunction(([sel, n]) => {
    const parts = sel.split('>>>').map((p) => p.trim());
    const root = parts.length > 1 ? document.querySelector(parts[0])?.shadowRoot : document;
    return (root?.querySelectorAll(parts.at(-1)).length ?? 0) === n;
  }, [selector, count], { timeout: 5_000 });
}

/**
 * Publishes and waits for the decision. On a busy machine the first photo of a run (which also loads
 * the OCR engine, and the face model for a picture about a patient) can take longer than the guard's
 * 10 s wait: the dialog then says the photo could not be checked (the fail-safe path, asserted here).
 * Edit, give the read more time, and publish again, until the result is there.
 */
async function publishAndDecide(page, fixture) {
  const deadline = Date.now() + 4 * READ_MS;
  for (let attempt = 0; ; attempt++) {
    await clickPublish(page, fixture);
    const dialog = await findAlertDialog(page, { timeout: 5_000 });
    assert.ok(dialog, `a dialog appears (published: ${JSON.stringify(await publishedPosts(page))}, draft: ${JSON.stringify(await page.evaluate(() => window.__fixture.getText()))})`);
    const state = await waitUntilDecided(page, dialog);
    if (state.thumbnails.length !== 1 || state.thumbnails[0].boxes > 0 || Date.now() > deadline) {
      return { dialog, state, retried: attempt > 0 };
    }
    assert.match(state.text, /could not be checked/, state.text);
    await pressDialogButton(dialog, /^Edit (post|message)$/);
    await page.waitForTimeout(10_000);
  }
}

const publishedCount = (page) => page.$$eval('#published li.published-post', (items) => items.length);
const waitForPublished = (page, count, timeout = 5_000) =>
  page.waitForFunction((n) => document.querySelectorAll('#published li.published-post').length === n, count, { timeout });

for (const fixture of fixtures) {
  const go = fixture.kind === 'ai' ? /^Send anyway$/ : /^Post anyway$/;

  describe(`photos on ${fixture.id}`, () => {
    let page;
    let chart;
    let landscape;
    /** How long the warm engine took for a clean photo, to know when one has surely been read. */
    let cleanReadMs = 6_000;

    before(async () => {
      page = await openFixture(browser.context, fixture);
      chart = await drawImage(page, 'chart');
      landscape = await drawImage(page, 'landscape');
    });
    after(async () => page?.close());

    test('a chart screenshot attached by file input warns with its thumbnail; Post anyway publishes once', async () => {
      await typeInto(page, fixture, CLEAN_TEXT);
      const attached = Date.now();
      await attachByInput(page, fixture, 'IMG_2041.png', chart);
      await previewsShown(page, fixture, 1);
      // Published at once: the photo is most likely still being read.
      const { dialog, state, retried } = await publishAndDecide(page, fixture);
      timings.push(`${fixture.id} chart ${Date.now() - attached}${retried ? ' (first wait timed out)' : ''}`);
      assert.equal(state.checking, false);
      assert.equal(state.thumbnails.length, 1, `one thumbnail: ${state.text}`);
      const [thumb] = state.thumbnails;
      assert.ok(thumb.drawn, 'the thumbnail is drawn');
      assert.ok(thumb.boxes >= 1, `the found regions are boxed: ${state.text}`);
      assert.ok(thumb.boxesHidden, 'the boxes are decorative');
      assert.match(thumb.label, /photo/i);
      assert.match(state.text, /name/i, state.text);
      assert.match(state.text, /date/i, state.text);
      assert.equal(state.proceedDisabled, false);
      assert.deepEqual(await publishedPosts(page), []);
      await pressDialogButton(dialog, go);
      await waitForPublished(page, 1);
      await page.waitForTimeout(300);
      assert.deepEqual(await publishedPosts(page), [CLEAN_TEXT]);
      assert.deepEqual(await publishedImages(page), ['1']);
      assert.equal(await findAlertDialog(page, { timeout: 300 }), null);
    });

    test('published while still being read: "still checking", then a clean photo goes out once by itself', async () => {
      await openComposer(page, fixture);
      await typeInto(page, fixture, CLEAN_TEXT);
      const attached = Date.now();
      await attachByInput(page, fixture, 'lake.png', landscape);
      await previewsShown(page, fixture, 1);
      await clickPublish(page, fixture);
      const dialog = await findAlertDialog(page, { timeout: 2_000 });
      const state = dialog && await dialogState(dialog).catch(() => null);
      if (state) {
        assert.equal(state.checking, true, `the dialog only waits for the photo: ${state.text}`);
        assert.equal(state.proceedDisabled, true);
        assert.match(state.text, /Still checking the photo/);
      }
      await waitForPublished(page, 2, 15_000);
      cleanReadMs = Date.now() - attached;
      timings.push(`${fixture.id} clean ${cleanReadMs}${state ? ' (waited)' : ' (already read)'}`);
      await page.waitForTimeout(500);
      assert.equal(await publishedCount(page), 2, 'published exactly once');
      assert.deepEqual(await publishedImages(page), ['1', '1']);
      assert.equal(await findAlertDialog(page, { timeout: 300 }), null);
    });

    test('a clean landscape pasted into the composer goes out with no dialog', async () => {
      await openComposer(page, fixture);
      await typeInto(page, fixture, CLEAN_TEXT);
      await attachByPaste(page, fixture, landscape);
      await previewsShown(page, fixture, 1);
      // Twice as long as the last clean photo took: it has surely been read.
      await page.waitForTimeout(Math.min(2 * cleanReadMs + 1_000, READ_MS));
      await clickPublish(page, fixture);
      assert.equal(await findAlertDialog(page, { timeout: 600 }), null, 'no warning for a clean photo');
      await waitForPublished(page, 3);
      assert.deepEqual(await publishedImages(page), ['1', '1', '1']);
    });
  });
}

describe('options page test bench', () => {
  test('takes a photo and shows what would be flagged, with its thumbnail', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
      const chart = await drawImage(page, 'chart');
      await page.locator('#bench-image').setInputFiles({ name: 'chart.png', mimeType: 'image/png', buffer: chart });
      const verdict = page.locator('.image-bench [data-verdict]');
      await verdict.waitFor({ timeout: READ_MS * 2 });
      assert.equal(await verdict.getAttribute('data-verdict'), 'warn');
      assert.match(await verdict.textContent(), /would warn about this photo/);
      assert.equal(await page.locator('.image-bench .thumbnail[role="img"] svg rect').count() > 0, true);
      assert.match(await page.locator('.image-bench').textContent(), /Delia Pemberton/);
    } finally {
      await page.close();
    }
  });
});

describe('privacy', () => {
  test('no network request left the browser, and nothing read from a photo was stored', async () => {
    const expected = new Set(['page', 'asset', 'favicon', 'demo', 'browser', 'tls-error']);
    const pageAsset = (r) => r.path.startsWith('/assets/') && r.fetchSite === 'same-origin';
    const odd = server.requests.filter((r) => (!expected.has(r.kind) && !pageAsset(r)) || String(r.origin ?? '').startsWith('chrome-extension://'));
    assert.deepEqual(odd, []);
    assert.ok(workerNetwork.attached, 'watching the service worker');
    assert.deepEqual(workerNetwork.requests.filter((url) => !url.startsWith('chrome-extension://')), []);
    const stored = await storedJson(browser.serviceWorker);
    for (const words of CHART_WORDS) assert.ok(!stored.includes(words), `storage contains "${words}"`);
    assert.ok(!/base64|data:image/.test(stored), 'no image in storage');
  });
});
