// Builds tests/fixtures/dist with Vite when any fixture source is newer than the last build (~2 s).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_CONFIG, FIXTURES_DIST, FIXTURES_SRC, ROOT } from './paths.mjs';

const STAMP = join(FIXTURES_DIST, '.built');

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function fixturesAreStale() {
  if (!existsSync(STAMP)) return true;
  return Math.max(newestMtime(FIXTURES_SRC), newestMtime(FIXTURES_CONFIG)) > statSync(STAMP).mtimeMs;
}

/** Returns the build time in ms, or 0 when the build was already fresh. */
export function buildFixturesIfStale({ force = false } = {}) {
  if (!force && !fixturesAreStale()) return 0;
  const started = Date.now();
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', FIXTURES_CONFIG],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  writeFileSync(STAMP, new Date().toISOString());
  return Date.now() - started;
}
