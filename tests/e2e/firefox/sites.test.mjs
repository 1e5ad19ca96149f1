// The guard on every fixture site in Debian's Firefox ESR with the Firefox build (dist/firefox), driven
// over WebDriver BiDi: the same scenarios as Chromium's suite (../lib/site-scenarios.mjs) on BidiPages
// (../lib/bidi-page.mjs). Then: nothing reached the fixture server from the extension.
// FIXTURES=x,chatgpt limits the run; PHI_GUARD_FIREFOX_EXTENSION=<dir> tests another unpacked build.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, buildFixturesIfStale, loadFixtures, openFixture, startFixtureServer, typeInto } from '../harness.mjs';
import { coveredByManifest } from '../guard-helpers.mjs';
import { launchFirefox } from '../lib/firefox.mjs';
import { guardScenarios } from '../lib/site-scenarios.mjs';

const only = process.env.FIXTURES?.split(',');
const fixtures = loadFixtures().filter((f) => !only || only.includes(f.id));
const EXTENSION_DIR = resolve(ROOT, process.env.PHI_GUARD_FIREFOX_EXTENSION ?? 'dist/firefox');
const MANIFEST = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
const CONTENT_SCRIPT = readFileSync(join(EXTENSION_DIR, MANIFEST.content_scripts[0].js[0]), 'utf8');

let server;
let browser;
const started = Date.now();

before(async () => {
  buildFixturesIfStale();
  server = await startFixtureServer();
  browser = await launchFirefox({ server, extension: EXTENSION_DIR });
  console.log(`# Firefox ESR with the extension ready after ${Date.now() - started} ms`);
});
after(async () => {
  await browser?.close();
  await server?.close();
  console.log(`# Firefox suite: ${Date.now() - started} ms`);
});

/** A fresh tab on the fixture, with the content script injected where the manifest does not reach. */
async function open(fixture) {
  const page = await browser.context.newPage();
  if (!coveredByManifest(fixture.host)) await browser.injectContentScript(page, CONTENT_SCRIPT);
  return openFixture(browser.context, fixture, { page });
}

// The BiDi driver addresses elements of the top document only: a composer inside an iframe (Google's
// review-reply frames) is tested in Chromium, whose Playwright frames reach it.
const inFrame = (fixture) => /(^|>>>)\s*iframe\b/i.test(fixture.composer);

for (const fixture of fixtures) {
  describe(`Firefox: guard on ${fixture.id} (${fixture.framework})`, { skip: inFrame(fixture) && 'composer in an iframe: the BiDi driver cannot address it yet' }, () => {
    let page;
    before(async () => { page = await open(fixture); });
    after(async () => { await page?.close(); });

    guardScenarios(fixture, { page: () => page, type: typeInto });
  });
}

describe('Firefox: privacy', () => {
  test('the extension made no request to any host (fixture server log)', () => {
    // Every host name resolves to the fixture server, so a request from the extension would be here.
    // 'browser' is Firefox's own service traffic (remote settings, updates); pages load only documents,
    // their /assets/ and the favicon.
    const expected = new Set(['page', 'asset', 'favicon', 'demo', 'browser', 'tls-error']);
    const odd = server.requests.filter((r) => !expected.has(r.kind) || String(r.origin ?? '').startsWith('moz-extension://'));
    assert.deepEqual(odd, []);
  });
});
