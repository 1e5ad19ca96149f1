// `npm run test:e2e`: builds the fixture sites when stale, then runs every tests/e2e/*.test.mjs with node's
// built-in runner, one file at a time (each file owns a browser). Without Chromium it skips, except in CI.
// `--firefox` (`npm run test:e2e:firefox`) runs tests/e2e/firefox/*.test.mjs in Firefox ESR instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixturesIfStale } from './lib/build-fixtures.mjs';
import { CHROMIUM, FIREFOX, ROOT } from './lib/paths.mjs';

const firefox = process.argv.includes('--firefox');
const [browser, debianPackage] = firefox ? [FIREFOX, 'firefox-esr'] : [CHROMIUM, 'chromium'];
if (!existsSync(browser)) {
  if (process.env.CI) {
    console.error(`e2e: ${browser} is missing; CI must install it (apt-get install -y ${debianPackage}).`);
    process.exit(1);
  }
  console.log(`e2e: skipped, ${browser} is not installed (install Debian's ${debianPackage} package to run them).`);
  process.exit(0);
}

const built = buildFixturesIfStale();
console.log(built ? `e2e: fixtures built in ${built} ms` : 'e2e: fixtures are up to date');

// Extra arguments go to node --test; test files among them replace the default "every *.test.mjs".
const extra = process.argv.slice(2).filter((arg) => arg !== '--firefox');
const named = extra.filter((arg) => arg.endsWith('.test.mjs'));
const dir = join(ROOT, firefox ? 'tests/e2e/firefox' : 'tests/e2e');
const files = named.length ? [] : readdirSync(dir).filter((name) => name.endsWith('.test.mjs')).sort().map((name) => join(dir, name));
const args = ['--test', '--test-concurrency=1', ...extra, ...files];
const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
process.exit(result.status ?? 1);
