// Paths and the fixture contract table shared by the harness, the e2e runner and the scripts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES_SRC = join(ROOT, 'tests/fixtures/sites');
export const FIXTURES_DIST = join(ROOT, 'tests/fixtures/dist');
export const FIXTURES_CONFIG = join(ROOT, 'tests/fixtures/vite.config.ts');
/** Debian's Chromium; PHI_GUARD_CHROMIUM points elsewhere (another distro, a local build). */
export const CHROMIUM = process.env.PHI_GUARD_CHROMIUM ?? '/usr/bin/chromium';
/** Debian's Firefox ESR (tests/e2e/firefox/); PHI_GUARD_FIREFOX points elsewhere. */
export const FIREFOX = process.env.PHI_GUARD_FIREFOX ?? '/usr/bin/firefox-esr';
/** Served by the fixture server: a page linking every fixture (README demo, scripts/try.mjs). */
export const DEMO_HOST = 'demo.phi-guard.test';

/** The entries of tests/fixtures/sites/index.json, each with its parsed `host`. */
export function loadFixtures() {
  const entries = JSON.parse(readFileSync(join(FIXTURES_SRC, 'index.json'), 'utf8'));
  return entries.map((entry) => ({ ...entry, host: new URL(entry.url).host }));
}

export function fixtureHosts(fixtures = loadFixtures()) {
  return [...new Set([...fixtures.map((f) => f.host), DEMO_HOST])];
}
