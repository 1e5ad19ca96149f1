// Launches Debian Chromium through playwright-core with the built extension loaded (toolchain.md §3),
// every fixture host resolved to the local fixture server, and optionally a managed policy file.
import { chromium } from 'playwright-core';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { CHROMIUM, ROOT } from './paths.mjs';
import { latestFixtureServer } from './fixture-server.mjs';
import * as managedPolicy from './managed-policy.mjs';

const POLICY_FILE = 'phi-guard-e2e.json';

/** Chromium's ID for an extension with a manifest "key": sha256 of the DER key, first 32 hex digits mapped to a-p. */
export function extensionIdFromKey(base64Key) {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function hostResolverRules(server) {
  const target = `127.0.0.1:${server.port}`;
  // Named hosts first (readable in `ps`), then a catch-all so any other request also lands on the
  // fixture server, where it is recorded, instead of going to the internet.
  return [...server.hosts.map((host) => `MAP ${host} ${target}`), `MAP * ${target}`, 'EXCLUDE localhost'].join(', ');
}

/**
 * @param {{ server?: { port: number, hosts: string[] }, extension?: string | null, policy?: object, headless?: boolean }} options
 *   server: from startFixtureServer(); defaults to the most recently started one.
 *   extension: path of the unpacked build (default dist/chrome); null launches without any extension.
 *   policy: managed policy for the extension, written to /etc/chromium/policies/managed (needs root) under
 *   the machine-wide lock of lib/managed-policy.mjs, and removed again by close().
 */
export async function launchBrowser({ server = latestFixtureServer(), extension = 'dist/chrome', policy, headless = true } = {}) {
  if (!server) throw new Error('launchBrowser needs a fixture server: call startFixtureServer() first');
  const dist = extension ? (isAbsolute(extension) ? extension : join(ROOT, extension)) : null;
  if (dist && !existsSync(join(dist, 'manifest.json'))) throw new Error(`no extension build at ${dist}: run npm run build`);
  const manifest = dist ? JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) : null;
  const expectedId = manifest?.key ? extensionIdFromKey(manifest.key) : null;
  if (policy) {
    if (!expectedId) throw new Error('a managed policy needs an extension with a manifest key');
    managedPolicy.write(expectedId, policy, POLICY_FILE);
  }
  const profile = mkdtempSync(join(tmpdir(), 'phi-guard-profile-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--ignore-certificate-errors',
    `--host-resolver-rules=${hostResolverRules(server)}`];
  if (dist) args.push(`--disable-extensions-except=${dist}`, `--load-extension=${dist}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless, args, viewport: { width: 1100, height: 800 },
    ignoreDefaultArgs: dist ? ['--disable-extensions'] : [],
  });
  let serviceWorker = null;
  let extensionId = null;
  if (dist) {
    serviceWorker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 10_000 });
    extensionId = new URL(serviceWorker.url()).host;
  }
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    if (policy) managedPolicy.remove(POLICY_FILE);
  };
  return { context, extensionId, serviceWorker, close };
}

export { CHROMIUM };
