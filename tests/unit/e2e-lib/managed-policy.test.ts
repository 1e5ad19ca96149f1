// @vitest-environment node
// The machine-wide lock of tests/e2e/lib/managed-policy.mjs, without root or a browser: the module's
// directories point at a temp dir (env vars), and each holder is a separate node process, because the
// lock is per process (re-entrant within one).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MODULE = new URL('../../e2e/lib/managed-policy.mjs', import.meta.url).href;
const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';

/**
 * One holder: logs "start", writes <name>.json (logging what the managed dir then holds and the lock's
 * first line), keeps it, removes it and logs "removed". `hold` is "until:<event>" (until a line starting
 * with that is logged, then 500 ms more), or "exit" (writes a second file and exits without remove()).
 * A lock error is logged as "error <message>" with exit code 2.
 */
const HOLDER = `
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import * as managedPolicy from ${JSON.stringify(MODULE)};
const [name, hold, events] = process.argv.slice(1);
const log = (what) => appendFileSync(events, name + ' ' + what + '\\n');
log('start');
try {
  managedPolicy.write(${JSON.stringify(EXTENSION_ID)}, { mode: name }, name + '.json');
  if (hold === 'exit') managedPolicy.write(${JSON.stringify(EXTENSION_ID)}, { mode: name }, name + '-2.json');
} catch (error) {
  log('error ' + error.message);
  process.exit(2);
}
const lockPid = readFileSync(process.env.PHI_GUARD_E2E_POLICY_LOCK, 'utf8').split('\\n')[0];
log('wrote ' + readdirSync(process.env.PHI_GUARD_E2E_POLICY_DIR).sort().join(',') + ' lock=' + (lockPid === String(process.pid) ? 'mine' : lockPid));
if (hold === 'exit') process.exit(0);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const awaited = hold.slice('until:'.length);
while (!readFileSync(events, 'utf8').split('\\n').some((line) => line.startsWith(awaited))) await sleep(20);
await sleep(500);
managedPolicy.remove();
log('removed');
`;

let dir: string;
let policyDir: string;
let lockFile: string;
let eventsFile: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'phi-guard-policy-lock-'));
  policyDir = join(dir, 'managed');
  lockFile = join(dir, 'phi-guard-e2e.lock');
  eventsFile = join(dir, 'events.log');
  writeFileSync(eventsFile, '');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function startHolder(name: string, hold: string, timeoutMs = 20_000) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', HOLDER, name, hold, eventsFile], {
    env: {
      ...process.env, PHI_GUARD_E2E_POLICY_DIR: policyDir, PHI_GUARD_E2E_POLICY_LOCK: lockFile,
      PHI_GUARD_E2E_POLICY_LOCK_TIMEOUT_MS: String(timeoutMs),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  return { pid: child.pid!, exited };
}

const events = () => readFileSync(eventsFile, 'utf8').split('\n').filter(Boolean);

async function until(check: () => boolean, what: string) {
  const end = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; events: ${events().join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('managed-policy lock', () => {
  test('a second holder waits until the first removes its policy, and never sees it', async () => {
    const a = startHolder('A', 'until:B start');
    await until(() => events().some((e) => e.startsWith('A wrote')), 'A to write');
    const b = startHolder('B', 'until:A removed');
    const [resultA, resultB] = await Promise.all([a.exited, b.exited]);
    expect(resultA.code).toBe(0);
    expect(resultB.code).toBe(0);
    // Without the lock B would write while A still holds its policy: "B wrote A.json,B.json". A logs "removed"
    // after remove() has released the lock, so B may write before that line lands (a loaded machine did so
    // once): the order of those two lines is the scheduler's. B's line shows the managed folder as B found it.
    const seen = events();
    expect(seen.slice(0, 3)).toEqual(['A start', 'A wrote A.json lock=mine', 'B start']);
    expect([...seen.slice(3)].sort()).toEqual(['A removed', 'B removed', 'B wrote B.json lock=mine']);
    expect(seen.at(-1)).toBe('B removed');
    expect(resultB.stderr).toContain(`held by PID ${a.pid}`);
    expect(readdirSync(policyDir)).toEqual([]);
    expect(existsSync(lockFile)).toBe(false);
  });

  test("a dead process's lock is taken over, and the policy files it left are removed", async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!; // exited: its PID is not alive
    mkdirSync(policyDir, { recursive: true });
    writeFileSync(join(policyDir, 'left-behind.json'), '{}');
    writeFileSync(lockFile, `${dead}\n${join(policyDir, 'left-behind.json')}\n`);
    const c = startHolder('C', 'until:C start', 2_000);
    const result = await c.exited;
    expect(result.code).toBe(0);
    expect(events()).toEqual(['C start', 'C wrote C.json lock=mine', 'C removed']);
    expect(readdirSync(policyDir)).toEqual([]);
    expect(existsSync(lockFile)).toBe(false);
  });

  test('a holder that stays past the timeout: the error names its PID and the lock file', async () => {
    const a = startHolder('A', 'until:B error');
    await until(() => events().some((e) => e.startsWith('A wrote')), 'A to write');
    const started = Date.now();
    const b = startHolder('B', 'until:B start', 1_000);
    const resultB = await b.exited;
    const waited = Date.now() - started;
    expect(resultB.code).toBe(2);
    const error = events().find((e) => e.startsWith('B error'));
    expect(error).toContain(`PID ${a.pid}`);
    expect(error).toContain(lockFile);
    expect(waited).toBeGreaterThanOrEqual(1_000);
    expect(events().some((e) => e.startsWith('B wrote'))).toBe(false);
    expect(existsSync(join(policyDir, 'B.json'))).toBe(false);
    expect((await a.exited).code).toBe(0);
    expect(events().at(-1)).toBe('A removed');
  });

  test('re-entrant within a process; a holder that forgets remove() is cleaned up on exit', async () => {
    const d = startHolder('D', 'exit', 1_000);
    const result = await d.exited;
    expect(result.code).toBe(0);
    expect(events()).toEqual(['D start', 'D wrote D-2.json,D.json lock=mine']);
    expect(readdirSync(policyDir)).toEqual([]);
    expect(existsSync(lockFile)).toBe(false);
  });
});
