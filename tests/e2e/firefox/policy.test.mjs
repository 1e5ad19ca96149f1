// Managed policy in Firefox ESR through a REAL /etc/firefox/policies/policies.json
// ({"policies":{"3rdparty":{"Extensions":{"phi-guard@phi-guard.org":{...}}}}}), so it needs root, as CI
// has; otherwise it skips with a message. Block and justify modes with the scenarios Chromium runs too
// (../lib/policy-scenarios.mjs); in justify mode the audit event also reaches an OTLP/HTTP receiver from
// the moz-extension:// origin, with the reason and without the post's text. Firefox reads policies.json
// at start-up, so each mode gets its own browser. The file is always removed (after each browser, and
// on exit); it is never written over one this run did not create. Run it alone on a shared machine:
// `flock -x /tmp/phi-e2e.lock node tests/e2e/run.mjs --firefox tests/e2e/firefox/policy.test.mjs`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, loadFixtures, startFixtureServer } from '../harness.mjs';
import { EXTENSION_UUID, POLICY_FILE, launchFirefox } from '../lib/firefox.mjs';
import { startOtlpReceiver } from '../lib/otlp-receiver.mjs';
import { REASONS, SECRET, draftAndPublish, expectBlocked, justifyAndPublish, modePolicy, waitFor } from '../lib/policy-scenarios.mjs';

const skip = process.getuid?.() !== 0
  ? 'needs root to write /etc/firefox/policies/policies.json (CI runs as root)'
  : !existsSync(join(ROOT, 'dist/firefox/manifest.json')) ? 'no build in dist/firefox: run npm run build:firefox'
    : existsSync(POLICY_FILE) ? `${POLICY_FILE} exists and is not this run's: not touching it` : false;

const fixture = loadFixtures().find((f) => f.id === 'x');
let server;
let receiver;

before(async () => {
  if (skip) return;
  server = await startFixtureServer();
  receiver = await startOtlpReceiver();
});
after(async () => {
  await receiver?.close();
  await server?.close();
});

/** Launches Firefox with `policy` in policies.json, runs fn(browser, page), always closes (which removes the file). */
async function withPolicy(policy, fn) {
  const browser = await launchFirefox({ server, policy });
  try {
    await fn(browser, await browser.context.newPage());
  } finally {
    await browser.close();
  }
  assert.equal(existsSync(POLICY_FILE), false, 'policies.json was removed');
}

describe('Firefox: policy modes from policies.json', { skip }, () => {
  test('block mode: no "Post anyway", the support contact is shown, nothing is published', async () => {
    await withPolicy(modePolicy('block'), async (browser, tab) => {
      const page = await draftAndPublish(browser.context, fixture, { page: tab });
      await expectBlocked(page);
    });
  });

  test('justify mode: a reason is required; the post goes out once; the audit event reaches the OTLP receiver', async () => {
    const endpoint = `http://localhost:${receiver.port}/v1/logs`;
    await withPolicy(modePolicy('justify', { audit: { endpoint } }), async (browser, tab) => {
      const page = await draftAndPublish(browser.context, fixture, { page: tab });
      await justifyAndPublish(page, REASONS[1]);
      const justified = (post) => post.body.includes('"justified"');
      const post = await waitFor(() => receiver.posts.find(justified), { timeout: 15_000 });
      assert.ok(post, 'the justified event was delivered');
      assert.equal(post.headers.origin, `moz-extension://${EXTENSION_UUID}`, 'sent by the extension');
      assert.ok(post.body.includes(REASONS[1]), 'with the reason chosen');
      assert.ok(!post.body.includes(SECRET), 'and no post text');
      console.log(`# OTLP delivery from Firefox: preflight ${receiver.preflights.length ? 'sent' : 'not sent'}`);
    });
  });
});
