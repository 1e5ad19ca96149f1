// Block and justify modes as the person at the keyboard sees them, written once for both browsers:
// Chromium's policy.test.mjs (Playwright pages) and Firefox's firefox/policy.test.mjs (BidiPages). Each
// suite writes its browser's real policy file with modePolicy(), then adds what only it can observe
// (Chromium: the worker's storage and badge; Firefox: the audit event arriving over OTLP).
import assert from 'node:assert/strict';
import { clickPublish, findAlertDialog, openFixture, publishedPosts, typeInto } from './page-helpers.mjs';

export const SECRET = 'Jane Doezinski';
export const DRAFT = `Mrs. ${SECRET}, 84, in bed 12 after the crash on Route 47, MRN4417723`;
export const ORG_RULE = { id: 'org-mrn', category: 'MRN', pattern: '\\bMRN\\d{7}\\b', description: 'Our record number' };
export const REASONS = ['Consent on file', 'Not a real patient'];
export const SUPPORT_CONTACT = 'privacy@test.example';

/** The managed policy for a mode, with an organisation rule, justification reasons and a contact. */
export function modePolicy(mode, extra = {}) {
  return { customRules: [ORG_RULE], justificationReasons: REASONS, supportContact: SUPPORT_CONTACT, sensitivity: 'high', mode, ...extra };
}

export async function waitFor(check, { timeout = 10_000, interval = 100 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) return null;
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Opens the fixture in `page` (or a new one), types DRAFT and clicks publish. */
export async function draftAndPublish(context, fixture, { page } = {}) {
  const opened = await openFixture(context, fixture, { page });
  await opened.waitForTimeout(500); // let the content script apply the policy (rule verdicts included)
  await typeInto(opened, fixture, DRAFT);
  await clickPublish(opened, fixture);
  return opened;
}

/** Block mode: the warning has no "Post anyway", names the support contact, and nothing is published. */
export async function expectBlocked(page) {
  const dialog = await findAlertDialog(page);
  assert.ok(dialog, 'the warning appears');
  const text = await dialog.evaluate((el) => el.textContent);
  assert.ok(!/Post anyway/.test(text), 'no way to post anyway');
  assert.match(text, /privacy@test\.example/);
  assert.deepEqual(await publishedPosts(page), []);
  return dialog;
}

/** Justify mode: "Post anyway" stays disabled until a reason is chosen, then publishes DRAFT once. */
export async function justifyAndPublish(page, reason) {
  const dialog = await findAlertDialog(page);
  assert.ok(dialog, 'the warning appears');
  const proceed = await dialog.evaluateHandle((el) => [...el.querySelectorAll('button')].find((b) => /Post anyway/.test(b.textContent)));
  assert.equal(await proceed.evaluate((b) => b.disabled || b.getAttribute('aria-disabled') === 'true'), true, 'a reason is required');
  const radio = await dialog.evaluateHandle((el, wanted) =>
    [...el.querySelectorAll('input[type="radio"]')].find((r) => r.closest('label')?.textContent.includes(wanted)), reason);
  await radio.asElement().click();
  await proceed.asElement().click();
  assert.ok(await waitFor(async () => (await publishedPosts(page)).length > 0, { timeout: 5_000 }), 'the post goes out');
  await page.waitForTimeout(300);
  assert.deepEqual(await publishedPosts(page), [DRAFT], 'published once, the exact text');
}
