// The release packages (`npm run package`, scripts/package.mjs) from the builds in dist/: named with
// package.json's version, holding exactly the built files, byte-identical when made twice from the same
// commit; and web-ext lint reports no error on the Firefox build. Needs `npm run build` and
// `npm run build:firefox` first (npm test does both).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePackages } from '../../scripts/package.mjs';
import { lintFirefox } from '../../scripts/lint-firefox.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const builtFiles = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
  .sort();

test('npm run package: versioned names, the built files, identical bytes from two runs', async () => {
  const first = mkdtempSync(join(tmpdir(), 'phi-guard-package-a-'));
  const second = mkdtempSync(join(tmpdir(), 'phi-guard-package-b-'));
  try {
    const a = await makePackages({ out: first });
    // A different wall-clock second, so a timestamp taken from the clock would show.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const b = await makePackages({ out: second });
    assert.deepEqual(a.map((p) => basename(p.path)), [`phi-guard-${version}-chrome.zip`, `phi-guard-${version}-firefox.zip`]);
    for (const [index, made] of a.entries()) {
      assert.equal(made.sha256, b[index].sha256, `${basename(made.path)} is reproducible`);
      assert.ok(readFileSync(made.path).equals(readFileSync(b[index].path)));
    }

    const [chrome, firefox] = await Promise.all(a.map(async (p) => JSZip.loadAsync(readFileSync(p.path))));
    const names = (zip) => Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
    assert.deepEqual(names(chrome), builtFiles(join(ROOT, 'dist/chrome')), 'the Chrome zip is dist/chrome, sorted');
    assert.deepEqual(names(firefox), builtFiles(join(ROOT, 'dist/firefox')), 'the Firefox package is dist/firefox, sorted');
    const chromeManifest = JSON.parse(await chrome.file('manifest.json').async('string'));
    const firefoxManifest = JSON.parse(await firefox.file('manifest.json').async('string'));
    assert.equal(chromeManifest.version, version);
    assert.equal(firefoxManifest.version, version);
    assert.ok(chromeManifest.key && chromeManifest.background.service_worker, 'the Chrome package is the Chrome build');
    assert.equal(firefoxManifest.browser_specific_settings.gecko.id, 'phi-guard@phi-guard.org');
    const chromeCheck = await chrome.file('src/content/index.js').async('nodebuffer');
    assert.ok(chromeCheck.equals(readFileSync(join(ROOT, 'dist/chrome/src/content/index.js'))), 'contents are the built bytes');
  } finally {
    rmSync(first, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  }
});

test('web-ext lint on dist/firefox: no errors', async () => {
  const result = await lintFirefox({ output: 'none' });
  assert.deepEqual(result.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`), []);
  console.log(`# web-ext lint: ${result.summary.errors} errors, ${result.summary.warnings} warnings (${result.warnings.map((w) => w.code).join(', ')})`);
});

test('the content scripts carry every built-in rule but not its examples or description (vite.config.ts, scripts/lib/bundle-aliases.ts)', () => {
  const rules = readdirSync(join(ROOT, 'rules')).filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(join(ROOT, 'rules', f), 'utf8')).rules);
  assert.ok(rules.length > 10);
  for (const build of ['chrome', 'firefox']) {
    const script = readFileSync(join(ROOT, `dist/${build}/src/content/index.js`), 'utf8');
    for (const rule of rules) {
      assert.ok(script.includes(rule.id), `${build}: rule ${rule.id} is in the content script`);
      // The first six words: long enough to be the description's own, short of any character the minifier escapes.
      const opening = rule.description.split(' ').slice(0, 6).join(' ');
      assert.ok(!script.includes(opening), `${build}: the description of ${rule.id} ("${opening}") is not shipped`);
    }
  }
});

test('the content scripts carry the English catalogue only; Spanish ships as the _locales file it loads from (src/i18n)', () => {
  const catalogue = (lang) => JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'));
  const en = catalogue('en');
  const es = catalogue('es');
  // Messages a minifier writes as they are (plain ASCII, no quote or backslash) and that differ from the English.
  const plain = (message) => /^[ -~]{16,}$/.test(message) && !/["'`\\]/.test(message);
  const spanish = Object.entries(es).filter(([key, { message }]) => plain(message) && message !== en[key]?.message).map(([, { message }]) => message);
  const english = Object.values(en).map(({ message }) => message).filter(plain);
  assert.ok(spanish.length > 20 && english.length > 20);
  for (const build of ['chrome', 'firefox']) {
    const script = readFileSync(join(ROOT, `dist/${build}/src/content/index.js`), 'utf8');
    assert.deepEqual(english.filter((message) => !script.includes(message)), [], `${build}: the English catalogue is in the content script`);
    assert.deepEqual(spanish.filter((message) => script.includes(message)), [], `${build}: no Spanish message is in the content script`);
    assert.deepEqual(JSON.parse(readFileSync(join(ROOT, `dist/${build}/_locales/es/messages.json`), 'utf8')), es, `${build}: the Spanish catalogue is in the package`);
  }
});
