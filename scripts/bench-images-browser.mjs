// Browser benchmark for attached photos: in Debian Chromium with dist/chrome, on the X fixture, the time
// from attaching a photo (file input) to the guard's decision at publish, when the post is published at
// once: a clean photo (published by itself once read) and a chart screenshot (the warning lists its
// findings). The first photo also starts the offscreen document and loads the OCR engine (cold); the
// later ones are warm. Photos are drawn in the page at --megapixels (1). Reports only.
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import {
  buildFixturesIfStale, clickPublish, deepQueryOrThrow, findAlertDialog, launchBrowser, loadFixtures, openComposer,
  openFixture, startFixtureServer, typeInto,
} from '../tests/e2e/harness.mjs';

const { values } = parseArgs({ options: { megapixels: { type: 'string', default: '1' }, runs: { type: 'string', default: '3' } } });
const MP = Number(values.megapixels);
const RUNS = Number(values.runs);
const WAIT_MS = 60_000;

/** A photo-like picture (gradients, shapes) or a chart (lines of text), PNG, about MP megapixels. */
function drawInPage([kind, megapixels, seed]) {
  const width = Math.round(Math.sqrt(megapixels * 1e6 * 4 / 3));
  const height = Math.round(width * 3 / 4);
  const canvas = new OffscreenCanvas(width, height);
  const g = canvas.getContext('2d');
  const s = width / 1000;
  if (kind === 'chart') {
    g.fillStyle = '#fff';
    g.fillRect(0, 0, width, height);
    g.fillStyle = '#111';
    g.font = `${Math.round(34 * s)}px sans-serif`;
    ['Patient: Tobias Farnsworth', 'DOB: 04/09/1951', `MRN: 0058126${seed}`].forEach((line, i) => g.fillText(line, 40 * s, (150 + i * 90) * s));
  } else {
    const sky = g.createLinearGradient(0, 0, 0, height);
    sky.addColorStop(0, `hsl(${200 + seed * 7}, 70%, 70%)`);
    sky.addColorStop(1, '#eef8ff');
    g.fillStyle = sky;
    g.fillRect(0, 0, width, height);
    g.fillStyle = '#3f8f3a';
    g.beginPath();
    g.moveTo(0, height);
    for (let x = 0; x <= width; x += 20) g.lineTo(x, height * 0.65 + Math.sin(x / (80 * s) + seed) * 40 * s);
    g.lineTo(width, height);
    g.fill();
  }
  return canvas.convertToBlob({ type: 'image/png' }).then(async (blob) => {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
}

/** In a fresh page each time, so no photo or dialog of an earlier run is still around. */
async function attachToDecision(browser, fixture, kind, seed) {
  const page = await openFixture(browser.context, fixture);
  await openComposer(page, fixture);
  await typeInto(page, fixture, 'Lovely evening walk after the shift');
  const buffer = Buffer.from(await page.evaluate(drawInPage, [kind, MP, seed]), 'base64');
  const published = await page.$$eval('#published li', (items) => items.length);
  const input = await deepQueryOrThrow(page, 'input[data-fixture="attach"]');
  const started = Date.now();
  await input.setInputFiles({ name: `${kind}-${seed}.png`, mimeType: 'image/png', buffer });
  await clickPublish(page, fixture);
  // Decided: the post went out (clean) or the dialog left its "still checking" state.
  await page.waitForFunction((count) => {
    if (document.querySelectorAll('#published li').length > count) return true;
    const host = document.querySelector('phi-guard-warning');
    const dialog = host?.shadowRoot?.querySelector('[role="alertdialog"]');
    return Boolean(dialog && !dialog.querySelector('.checking'));
  }, published, { timeout: WAIT_MS, polling: 50 });
  const ms = Date.now() - started;
  const dialog = await findAlertDialog(page, { timeout: 100 });
  const outcome = dialog
    ? (await dialog.evaluate((el) => (el.textContent.includes('could not be checked') ? 'not checked' : 'warned')))
    : 'published';
  await page.close();
  return { ms, outcome, bytes: buffer.length };
}

buildFixturesIfStale();
const server = await startFixtureServer();
const browser = await launchBrowser({ server });
try {
  const fixture = loadFixtures().find((f) => f.id === 'x');
  console.log(`images in Chromium, X fixture, ${MP} MP PNG, load average ${loadavg()[0].toFixed(1)} (2 cores)`);
  for (let run = 0; run < RUNS; run++) {
    for (const kind of ['landscape', 'chart']) {
      const r = await attachToDecision(browser, fixture, kind, run);
      console.log(`  ${run === 0 && kind === 'landscape' ? 'cold ' : 'warm '}${kind.padEnd(9)} ${(r.bytes / 1024).toFixed(0).padStart(6)} KB  attach -> decision ${String(r.ms).padStart(6)} ms  (${r.outcome})`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
