// Builds tests/fixtures/dist with Vite when any fixture source is newer than the last build (~2 s).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * Returns the build time in ms, or 0 when the build was already fresh. Builds into a temporary directory
 * and swaps it in, so a fixture server of another test run on the same checkout never sees a half-empty dist.
 */
export function buildFixturesIfStale({ force = false } = {}) {
  if (!force && !fixturesAreStale()) return 0;
  const started = Date.now();
  // Under tests/fixtures/.tmp/ (git-ignored like every .tmp/), on the same filesystem so rename works.
  const scratch = join(FIXTURES_DIST, '..', '.tmp');
  const fresh = join(scratch, `dist-build-${process.pid}`);
  const old = join(scratch, `dist-old-${process.pid}`);
  mkdirSync(scratch, { recursive: true });
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', FIXTURES_CONFIG, '--outDir', fresh],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  writeFileSync(join(fresh, '.built'), new Date().toISOString());
  if (existsSync(FIXTURES_DIST)) renameSync(FIXTURES_DIST, old);
  renameSync(fresh, FIXTURES_DIST);
  rmSync(old, { recursive: true, force: true });
  return Date.now() - started;
}
