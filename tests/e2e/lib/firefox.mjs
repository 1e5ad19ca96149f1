// Launches Debian's Firefox ESR headless with the Firefox build installed as a temporary add-on, driven
// over WebDriver BiDi (toolchain.md §6), the counterpart of browser.mjs's launchBrowser for Chromium.
// Every host name resolves to 127.0.0.1 and port 443 goes to the fixture server (profile prefs), so
// the fixture pages load at their real https URLs; the throwaway certificate is accepted through the
// session's acceptInsecureCerts. Optionally writes a real /etc/firefox/policies/policies.json.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { FIREFOX, ROOT } from './paths.mjs';
import { latestFixtureServer } from './fixture-server.mjs';
import { BidiConnection } from './bidi.mjs';
import { BidiPage } from './bidi-page.mjs';

export { FIREFOX };

export const GECKO_ID = 'phi-guard@phi-guard.org';
/** Fixed through the profile, so what the extension sends carries a known moz-extension:// origin. */
export const EXTENSION_UUID = '7a1f4c2e-5b3d-4e6f-9a8b-0c1d2e3f4a5b';
export const POLICY_FILE = '/etc/firefox/policies/policies.json';

/** Written only when no policies.json exists, and removed by close() or at exit, whatever happens. */
let policyOwned = false;
const removePolicy = () => {
  if (policyOwned) rmSync(POLICY_FILE, { force: true });
  policyOwned = false;
};

export function writeFirefoxPolicy(policy) {
  if (existsSync(POLICY_FILE) && !policyOwned) {
    throw new Error(`${POLICY_FILE} already exists and is not this run's: refusing to overwrite it`);
  }
  mkdirSync(join(POLICY_FILE, '..'), { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }, null, 2));
  policyOwned = true;
  process.once('exit', removePolicy);
}

export function removeFirefoxPolicy() {
  removePolicy();
  process.off('exit', removePolicy);
}

function profilePrefs(server) {
  return {
    // Every name resolves to 127.0.0.1 and https's port 443 is the fixture server's, so the shipped
    // match patterns (https://x.com/*, ...) are what is tested, as with Chromium's resolver rules.
    'network.dns.forceResolve': '127.0.0.1',
    'network.socket.forcePort': `443=${server.port}`,
    'network.proxy.type': 0,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    // Focus follows clicks in a headless window as in a focused one.
    'focusmanager.testmode': true,
    // Fewer of Firefox's own background requests; the rest land on the fixture server as kind 'browser'.
    'app.update.disabledForTesting': true,
    'browser.safebrowsing.update.enabled': false,
    'browser.startup.page': 0,
    'datareporting.policy.dataSubmissionEnabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'media.gmp-manager.updateEnabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'toolkit.telemetry.server': '',
  };
}

function waitForBidiUrl(child) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its WebDriver BiDi server in 60 s:\n${seen.slice(-2000)}`)), 60_000);
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Firefox exited with ${code}:\n${seen.slice(-2000)}`)); });
  });
}

/**
 * @param {{ server?: { port: number }, extension?: string | null, policy?: object }} options
 *   extension: the unpacked build (default dist/firefox); policy: written to policies.json (needs root),
 *   removed again by close().
 * @returns the browser: `context.newPage()` gives a BidiPage; `injectContentScript(page, source)`; `close()`.
 *   There is no handle on the extension itself: BiDi in ESR 153 refuses to navigate to moz-extension://
 *   pages and lists no extension realm, so tests observe the extension through pages and the network.
 */
export async function launchFirefox({ server = latestFixtureServer(), extension = 'dist/firefox', policy } = {}) {
  if (!server) throw new Error('launchFirefox needs a fixture server: call startFixtureServer() first');
  const dist = extension ? (isAbsolute(extension) ? extension : join(ROOT, extension)) : null;
  if (dist && !existsSync(join(dist, 'manifest.json'))) throw new Error(`no extension build at ${dist}: run npm run build:firefox`);
  if (dist && JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).browser_specific_settings?.gecko?.id !== GECKO_ID) {
    throw new Error(`${dist} is not the Firefox build (no gecko id ${GECKO_ID})`);
  }
  if (policy) writeFirefoxPolicy(policy);
  const profile = mkdtempSync(join(tmpdir(), 'phi-guard-firefox-'));
  writeFileSync(join(profile, 'user.js'), Object.entries(profilePrefs(server))
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`).join(''));
  const child = spawn(FIREFOX, ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  let connection;
  const pages = [];
  const close = async () => {
    if (connection) {
      await connection.send('browser.close').catch(() => {});
      connection.close();
    }
    if (child.exitCode === null) {
      await Promise.race([new Promise((resolve) => child.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(profile, { recursive: true, force: true });
    if (policy) removeFirefoxPolicy();
  };
  try {
    connection = await BidiConnection.connect(await waitForBidiUrl(child));
    await connection.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true, unhandledPromptBehavior: { default: 'ignore' } } } });
    if (dist) await connection.send('webExtension.install', { extensionData: { type: 'path', path: dist } });
  } catch (error) {
    await close();
    throw error;
  }
  const context = {
    /** A new tab, in front (focus and keyboard input go to the active tab). */
    async newPage() {
      const { context: id } = await connection.send('browsingContext.create', { type: 'tab' });
      await connection.send('browsingContext.activate', { context: id });
      const page = new BidiPage(connection, id);
      pages.push(page);
      return page;
    },
    pages: () => pages,
  };

  return {
    name: 'firefox',
    connection,
    context,
    extensionId: GECKO_ID,
    /**
     * Runs `source` (the built content script) in a sandbox of every new document in `page`, as the
     * extension does on a site IT added once the person granted it (a grant automation cannot give).
     */
    async injectContentScript(page, source) {
      await connection.send('script.addPreloadScript', {
        functionDeclaration: `() => {\n${source}\n}`, contexts: [page.context], sandbox: 'phi-guard-extra-site',
      });
    },
    close,
  };
}
