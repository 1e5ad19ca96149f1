// Smoke test of the fixture sites themselves, with NO extension loaded: each fixture must publish exactly
// once with the exact text on click and on its shortcut, keep Shift+Enter as a newline where Enter sends,
// survive remount(), and report its editor model text. If this fails, e2e failures are the fixture's fault.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildFixturesIfStale, clickPublish, deepQueryOrThrow, fixtureText, imeEnter, launchBrowser, loadFixtures, openFixture,
  pasteInto, pressShortcut, publishedPosts, remountComposer, startFixtureServer, typeInto,
} from './harness.mjs';

const TEXT = 'Shift handover at 7, coffee is in the break room';
// FIXTURES=x,chatgpt limits the run to some fixtures while working on them.
const only = process.env.FIXTURES?.split(',');
const fixtures = loadFixtures().filter((f) => !only || only.includes(f.id));
let server;
let browser;

before(async () => {
  buildFixturesIfStale();
  server = await startFixtureServer();
  browser = await launchBrowser({ server, extension: null });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** aria-disabled or disabled: the site's own "cannot post yet" state. */
async function isDisabled(page, fixture) {
  const button = await deepQueryOrThrow(page, fixture.publish);
  return button.evaluate((el) => el.getAttribute('aria-disabled') === 'true' || el.disabled === true
    || el.closest('[aria-disabled="true"]') !== null);
}

for (const fixture of fixtures) {
  describe(`fixture ${fixture.id} (${fixture.framework})`, () => {
    let page;
    before(async () => { page = await openFixture(browser.context, fixture); });
    after(async () => { await page?.close(); });

    test('an empty composer does not publish, and its control is disabled', async () => {
      await typeInto(page, fixture, '');
      if (fixture.disabledWhenEmpty !== false) assert.equal(await isDisabled(page, fixture), true);
      await clickPublish(page, fixture, { force: true });
      assert.deepEqual(await publishedPosts(page), []);
    });

    test('typing then clicking publish posts the exact text once and clears the editor', async () => {
      await typeInto(page, fixture, TEXT);
      assert.equal(await fixtureText(page), TEXT);
      await clickPublish(page, fixture);
      assert.deepEqual(await publishedPosts(page), [TEXT]);
      assert.equal(await fixtureText(page), '');
    });

    // A single-line <input> (Instagram's reel comments) holds no line break, and any Enter submits its form.
    const multiLine = !fixture.singleLine || 'a single-line input';
    test('a multi-line draft keeps its line break', { skip: multiLine !== true && multiLine }, async () => {
      await typeInto(page, fixture, 'line one\nline two');
      assert.equal(await fixtureText(page), 'line one\nline two');
      await clickPublish(page, fixture);
      assert.equal((await publishedPosts(page)).at(-1), 'line one\nline two');
    });

    test('the keyboard shortcut publishes', { skip: !fixture.shortcut && 'site has no publish shortcut' }, async () => {
      const before = (await publishedPosts(page)).length;
      await typeInto(page, fixture, `${TEXT} (shortcut)`);
      await pressShortcut(page, fixture);
      const posts = await publishedPosts(page);
      assert.equal(posts.length, before + 1);
      assert.equal(posts.at(-1), `${TEXT} (shortcut)`);
    });

    const enterSends = fixture.shortcut && !fixture.shortcut.ctrlOrMeta;
    test('Shift+Enter does not publish', { skip: (!enterSends && 'Enter does not publish here') || (multiLine !== true && multiLine) }, async () => {
      const before = (await publishedPosts(page)).length;
      await typeInto(page, fixture, 'draft');
      await page.keyboard.press('Shift+Enter');
      assert.equal((await publishedPosts(page)).length, before);
      await remountComposer(page);
    });

    test('Enter while an IME is composing does not publish', { skip: !enterSends && 'Enter does not publish here' }, async () => {
      const before = (await publishedPosts(page)).length;
      await typeInto(page, fixture, 'draft ');
      await imeEnter(page);
      assert.equal((await publishedPosts(page)).length, before);
      await remountComposer(page);
    });

    test('remount() re-creates an empty composer that still publishes', async () => {
      await remountComposer(page);
      assert.equal(await fixtureText(page), '');
      const before = (await publishedPosts(page)).length;
      await typeInto(page, fixture, 'after remount');
      await clickPublish(page, fixture);
      assert.equal((await publishedPosts(page)).length, before + 1);
    });

    test('a real multi-line clipboard paste reaches the editor model intact', { skip: multiLine !== true && multiLine }, async () => {
      const note = 'Assessment:\nstable overnight\nplan: discharge home';
      await pasteInto(page, fixture, note);
      await page.waitForFunction((expected) => window.__fixture.getText() === expected, note, { timeout: 2_000 });
      await clickPublish(page, fixture);
      assert.equal((await publishedPosts(page)).at(-1), note);
    });

    test('a long paste-like insertion reaches the editor model', async () => {
      const long = 'Lorem ipsum dolor sit amet. '.repeat(40).trim();
      await typeInto(page, fixture, long, { paste: true });
      assert.equal(await fixtureText(page), long);
      await clickPublish(page, fixture);
      assert.equal((await publishedPosts(page)).at(-1), long);
    });
  });
}

test('the fixture server saw only pages, assets and favicon probes', () => {
  assert.deepEqual(server.unexpectedRequests(), []);
});
