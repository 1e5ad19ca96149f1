// HTTPS server on 127.0.0.1 that serves each fixture page at its real hostname, chosen by the Host header
// (Chromium maps every host here with --host-resolver-rules, Firefox with profile prefs). It records every request it receives so a
// test can assert the extension itself made none: fixture pages only load their HTML and /assets/.
import { createServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { DEMO_HOST, FIXTURES_DIST, fixtureHosts, loadFixtures } from './paths.mjs';
import { makeSelfSignedCertificate } from './certificate.mjs';
import { demoPage } from './demo-page.mjs';

// The browsers' own service traffic (Chromium's account probes, update checks, autofill; Firefox's remote
// settings, add-on and media-plugin updates) also lands here through the catch-all host mapping; it is
// recorded as kind 'browser' so it is not mistaken for the extension's.
const BROWSER_SERVICE_HOST = /(^|\.)(googleapis\.com|gstatic\.com|gvt1\.com|mozilla\.(com|net|org)|firefox\.com)$|^(accounts|clients\d*|www)\.google\.com$/;

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** The fixture page for a host and path: the entry whose URL path is the longest prefix of the request. */
function pageFor(fixtures, host, pathname) {
  const candidates = fixtures.filter((f) => f.host === host);
  if (candidates.length === 0) return null;
  const scored = candidates.map((f) => {
    const prefix = new URL(f.url).pathname;
    return { f, score: pathname.startsWith(prefix) ? prefix.length : -1, length: prefix.length };
  });
  scored.sort((a, b) => b.score - a.score || a.length - b.length);
  return scored[0].f.page;
}

let latest = null;
/** The most recently started fixture server that is still open (launchBrowser's default). */
export const latestFixtureServer = () => latest;

export async function startFixtureServer({ port = 0 } = {}) {
  const fixtures = loadFixtures();
  const hosts = fixtureHosts(fixtures);
  /** Every request: { host, path, method, kind: 'page'|'asset'|'favicon'|'demo'|'browser'|'tls-error'|'unknown', time, origin, fetchSite, fetchMode }. */
  const requests = [];

  async function handle(req, res) {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url, `https://${host || 'unknown'}`);
    const record = { host, path: url.pathname + url.search, method: req.method, kind: 'unknown', time: Date.now(),
      origin: req.headers.origin, fetchSite: req.headers['sec-fetch-site'], fetchMode: req.headers['sec-fetch-mode'] };
    requests.push(record);
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    // A request made by the extension or from a fixture page carries that origin; Chromium's own don't.
    const origin = String(req.headers.origin ?? '');
    const fromPageOrExtension = /^(chrome|moz)-extension:\/\//.test(origin) || hosts.some((h) => origin === `https://${h}`);
    // A fixture on one of those hosts (Google's review frames on www.google.com) still gets its pages and assets.
    const fixtureNavigation = hosts.includes(host) && (req.headers['sec-fetch-mode'] === 'navigate' || url.pathname.startsWith('/assets/'));
    // Chromium's own account check made for a page on www.google.com carries that origin, but no page made
    // it: Sec-Fetch-Site "none" is a request the browser itself started.
    const browserStarted = req.headers['sec-fetch-site'] === 'none';
    if (BROWSER_SERVICE_HOST.test(host) && (!fromPageOrExtension || browserStarted) && !fixtureNavigation) { record.kind = 'browser'; return send(404, ''); }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'fixture server: read-only\n');
    if (host === DEMO_HOST && url.pathname === '/' && req.headers['sec-fetch-mode'] === 'navigate') { record.kind = 'demo'; return send(200, demoPage(fixtures), TYPES['.html']); }
    if (url.pathname === '/favicon.ico') { record.kind = 'favicon'; return send(404, ''); }
    if (url.pathname.startsWith('/assets/')) {
      const file = normalize(join(FIXTURES_DIST, url.pathname));
      if (!file.startsWith(join(FIXTURES_DIST, 'assets'))) return send(403, 'forbidden\n');
      try {
        const body = await readFile(file);
        record.kind = 'asset';
        return send(200, body, TYPES[extname(file)] ?? 'application/octet-stream');
      } catch { return send(404, 'no such asset\n'); }
    }
    const page = pageFor(fixtures, host, url.pathname);
    // Only a navigation counts as a page load: a fetch() to a fixture host stays 'unknown'.
    if (req.headers['sec-fetch-mode'] !== 'navigate') return send(404, 'fixture server: not a navigation\n');
    if (!page) return send(404, `fixture server: no fixture for ${host}${url.pathname}\n`);
    record.kind = 'page';
    try {
      return send(200, await readFile(join(FIXTURES_DIST, page, 'index.html')), TYPES['.html']);
    } catch { return send(500, `fixture "${page}" is not built: run node tests/e2e/run.mjs or the fixture build\n`); }
  }

  const server = createServer(makeSelfSignedCertificate(hosts), (req, res) => {
    handle(req, res).catch((error) => { res.writeHead(500); res.end(String(error)); });
  });
  // Plain-HTTP or aborted handshakes mapped to this port are recorded too (kind 'tls-error'); Chromium
  // opens a few speculative connections it never uses, so these are not counted as unexpected.
  server.on('tlsClientError', (error) => requests.push({ host: '?', path: '?', method: '?', kind: 'tls-error', error: error.code, time: Date.now() }));
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const api = {
    port: server.address().port,
    hosts,
    fixtures,
    requests,
    /** Requests that were not a fixture page, its assets, the demo page or the browser's favicon probe. */
    unexpectedRequests: () => requests.filter((r) => r.kind === 'unknown'),
    resetRequests: () => { requests.length = 0; },
    close: () => new Promise((resolve) => {
      if (latest === api) latest = null;
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
  latest = api;
  return api;
}
