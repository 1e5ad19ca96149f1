// The Chromium managed policy of the e2e suites, one process at a time per machine.
// Chromium merges every file in /etc/chromium/policies/managed into the policy of every Chromium on the
// machine, and every suite configures the same extension ID, so two suites running at once (two
// terminals, two checkouts) would read each other's policy. A process therefore takes a machine-wide
// lock before its first write and keeps it until remove() (or exit); another process waits for it.
// The lock file lies outside the managed directory, so Chromium never parses it. Its first line is the
// holder's PID, the following lines the policy files it wrote, so a run killed without its 'exit'
// handler (Ctrl-C, SIGKILL) leaves a stale lock whose files the next holder removes.
// Synchronous, like its callers. Env overrides (the unit test points them at a temp dir):
// PHI_GUARD_E2E_POLICY_DIR, PHI_GUARD_E2E_POLICY_LOCK, PHI_GUARD_E2E_POLICY_LOCK_TIMEOUT_MS.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

const policyDir = () => process.env.PHI_GUARD_E2E_POLICY_DIR || '/etc/chromium/policies/managed';
const lockPath = () => process.env.PHI_GUARD_E2E_POLICY_LOCK || '/etc/chromium/policies/phi-guard-e2e.lock';
const lockTimeout = () => Number(process.env.PHI_GUARD_E2E_POLICY_LOCK_TIMEOUT_MS) || 10 * 60_000;

let held = null; // the lock's path while this process holds it
const written = new Set(); // policy files this process wrote and has not removed

// The callers are synchronous; Atomics.wait sleeps without busy-waiting.
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** { pid, files } from the lock file; null if it is gone; pid NaN in the instant between its creation and its PID. */
function readLock(path) {
  try {
    const [pid, ...files] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
    return { pid: Number(pid), files };
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code !== 'ESRCH'; // EPERM: alive, another user's
  }
}

function isStale(path, lock) {
  if (Number.isNaN(lock.pid)) { // empty: created a moment ago, or its holder died right then
    try { return Date.now() - statSync(path).mtimeMs > 5_000; } catch { return false; }
  }
  return !alive(lock.pid);
}

function acquire() {
  if (held) return; // re-entrant: a suite rewrites its policy while holding the lock
  const path = lockPath();
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + lockTimeout();
  let told = false;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      try { writeSync(fd, `${process.pid}\n`); } finally { closeSync(fd); }
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const lock = readLock(path);
    if (!lock) continue; // released between our two looks
    if (lock.pid === process.pid) break; // ours: another copy of this module, or a dead process's reused PID
    if (isStale(path, lock)) {
      // Its holder died without cleaning up: its policy files would still apply to every browser.
      for (const file of lock.files) rmSync(file, { force: true });
      rmSync(path, { force: true });
      continue;
    }
    const who = Number.isNaN(lock.pid) ? 'a process still writing it' : `PID ${lock.pid}`;
    if (Date.now() >= deadline) {
      throw new Error(`the managed-policy lock ${path} is held by ${who}: gave up after ${lockTimeout()} ms `
        + '(another e2e suite is running; if no such process exists, delete the lock file)');
    }
    if (!told) process.stderr.write(`# waiting for the managed-policy lock ${path}, held by ${who}\n`);
    told = true;
    sleep(250);
  }
  held = path;
  process.on('exit', cleanup);
}

/** Rewrites the held lock with the files written so far; by rename, so a reader never sees it empty. */
function saveLock() {
  const next = `${held}.${process.pid}`;
  writeFileSync(next, [process.pid, ...written].join('\n') + '\n');
  renameSync(next, held);
}

function release() {
  if (!held) return;
  if (readLock(held)?.pid === process.pid) rmSync(held, { force: true });
  held = null;
  process.off('exit', cleanup);
}

function cleanup() {
  for (const file of written) rmSync(file, { force: true });
  written.clear();
  release();
}

/**
 * Writes `policy` for `extensionId` as /etc/chromium/policies/managed/<fileName> (needs root), taking
 * the machine-wide lock first (waiting while another process holds it). It must never outlive the test:
 * it would apply to every later browser on the machine, so remove() it; an 'exit' handler does if not.
 */
export function write(extensionId, policy, fileName = 'phi-guard-e2e.json') {
  acquire();
  const dir = policyDir();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, fileName);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2));
  written.add(file);
  saveLock();
}

/** Takes the lock without writing a policy: for a browser that must not see another run's policy either. */
export function hold() {
  acquire();
}

/**
 * Deletes `fileName` (by default every policy file this process wrote); once none is left, releases the
 * lock. Only this process's own files: another run's are not ours to delete.
 */
export function remove(fileName) {
  const files = fileName ? [join(policyDir(), fileName)].filter((file) => written.has(file)) : [...written];
  for (const file of files) {
    rmSync(file, { force: true });
    written.delete(file);
  }
  if (written.size) saveLock();
  else release();
}
