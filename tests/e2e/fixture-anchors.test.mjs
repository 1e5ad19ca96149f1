// The fixtures carry the DOM anchors of ../shared/reference/sites.md, so adapters tested on them are tested
// against the real sites' markup: each selector below must resolve to the fixture's composer (or, for
// `publish`, its publish control). Plus the behaviours adapters must cope with: ChatGPT's button swapping
// data-testid in place, Reddit's 0x0 decoy and slots, LinkedIn's shadow-root editor, and the resume paths
// (an untrusted click() and a synthetic shortcut keydown publish, as sites.md §1.2 reports for the sites).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildFixturesIfStale, deepQueryOrThrow, fixtureText, launchBrowser, loadFixtures, openComposer, openFixture, publishedPosts,
  startFixtureServer, typeInto,
} from './harness.mjs';

const COMPOSER_ANCHORS = {
  x: ['[data-testid="tweetTextarea_0RichTextInputContainer"] .public-DraftEditor-content[role="textbox"][aria-label="Post text"][data-testid="tweetTextarea_0"]'],
  facebook: ['[role="dialog"][aria-label="Create post"] div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]'],
  'facebook-comment': ['div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label="Write a comment…"]'],
  'facebook-reviews': ['div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]'],
  instagram: ['[role="dialog"] [aria-label="Write a caption..."][contenteditable="true"][data-lexical-editor="true"]'],
  'instagram-comment': ['form textarea[aria-label="Add a comment…"]'],
  threads: ['[role="dialog"] div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-placeholder]'],
  reddit: ['faceplate-form shreddit-composer > div[slot="rte"][contenteditable="true"][data-lexical-editor="true"]'],
  bluesky: ['[role="dialog"] .tiptap.ProseMirror[role="textbox"][aria-label="Rich-Text Editor"][contenteditable="true"]'],
  linkedin: ['#interop-outlet[data-testid="interop-shadowdom"] >>> [role="dialog"] .ql-editor[contenteditable="true"][role="textbox"][aria-label^="Text editor for creating"]'],
  mastodon: ['#mastodon form.compose-form textarea.autosuggest-textarea__textarea[dir="auto"]'],
  'mastodon-instance': ['#mastodon form.compose-form textarea.autosuggest-textarea__textarea'],
  tiktok: ['[data-e2e="comment-input"] .public-DraftEditor-content[contenteditable="true"]'],
  youtube: ['ytd-commentbox yt-formatted-string#contenteditable-textarea > div#contenteditable-root[contenteditable="true"]'],
  chatgpt: ['form[data-type="unified-composer"] div#prompt-textarea.ProseMirror[contenteditable="true"][role="textbox"]'],
  'chatgpt-textarea': ['form[data-type="unified-composer"] textarea#prompt-textarea'],
  'chatgpt-2026': ['form[data-chatgpt-composer][data-composer-placement="home"] div.ProseMirror[contenteditable="true"][role="textbox"][aria-label="Ask ChatGPT"][data-composer-markdown]:not([id])'],
  claude: ['div.ProseMirror[role="textbox"][data-testid="chat-input"][aria-label="Write your prompt to Claude"]'],
  gemini: ['rich-textarea .ql-editor[contenteditable="true"][role="textbox"][aria-label="Enter a prompt for Gemini"]'],
  copilot: ['textarea#userInput[data-testid="composer-input"][placeholder="Message Copilot"]'],
  nextdoor: ['[role="dialog"] textarea'],
  'google-business': ['textarea'],
  'yelp-business': ['textarea'],
};

const PUBLISH_ANCHORS = {
  x: ['[data-testid="toolBar"] button[data-testid="tweetButtonInline"]'],
  facebook: ['[role="dialog"] div[role="button"][aria-label="Post"]'],
  reddit: ['form button#comment-composer-submit-button[type="submit"][slot="submit-button"]'],
  linkedin: ['#interop-outlet >>> button.share-actions__primary-action'],
  mastodon: ['form.compose-form .compose-form__submit button[type="submit"]'],
  bluesky: ['[data-testid="composerPublishBtn"][aria-label="Publish post"]'],
  tiktok: ['[data-e2e="comment-post"]'],
  youtube: ['ytd-commentbox ytd-button-renderer#submit-button button[aria-label="Comment"]'],
  chatgpt: ['form[data-type="unified-composer"] #composer-submit-button'],
  'chatgpt-2026': ['form[data-chatgpt-composer] button[type="submit"][aria-label="Send"]'],
  claude: ['button[aria-label="Send message"]'],
  gemini: ['[data-test-id="send-button-container"] button.send-button[aria-label="Send message"]'],
  copilot: ['button[data-testid="submit-button"][aria-label="Submit message"]'],
};

const fixtures = loadFixtures();
let server;
let browser;
before(async () => {
  buildFixturesIfStale();
  server = await startFixtureServer();
  browser = await launchBrowser({ server, extension: null });
});
after(async () => { await browser?.close(); await server?.close(); });

async function sameElement(page, a, b) {
  return page.evaluate(([x, y]) => x === y, [a, b]);
}

describe('fixture anchors match sites.md', () => {
  for (const fixture of fixtures) {
    test(fixture.id, async () => {
      const page = await openFixture(browser.context, fixture);
      await openComposer(page, fixture);
      const composer = await deepQueryOrThrow(page, fixture.composer);
      for (const selector of COMPOSER_ANCHORS[fixture.id] ?? []) {
        assert.ok(await sameElement(page, composer, await deepQueryOrThrow(page, selector)), `composer is ${selector}`);
      }
      await typeInto(page, fixture, 'x');
      const publish = await deepQueryOrThrow(page, fixture.publish);
      for (const selector of PUBLISH_ANCHORS[fixture.id] ?? []) {
        assert.ok(await sameElement(page, publish, await deepQueryOrThrow(page, selector)), `publish control is ${selector}`);
      }
      await page.close();
    });
  }
});

describe('behaviours adapters must cope with', () => {
  test('chatgpt: #composer-submit-button swaps data-testid in place', async () => {
    const fixture = fixtures.find((f) => f.id === 'chatgpt');
    const page = await openFixture(browser.context, fixture);
    const testId = () => page.evaluate(() => document.getElementById('composer-submit-button').dataset.testid);
    assert.equal(await testId(), 'composer-speech-button');
    await typeInto(page, fixture, 'hello');
    assert.equal(await testId(), 'send-button');
    await page.keyboard.press('Enter');
    assert.equal(await testId(), 'stop-button');
    assert.equal(await page.evaluate(() => document.querySelector('textarea[name="prompt-textarea"]').offsetParent), null, 'hidden fallback textarea');
    await page.close();
  });

  test('reddit: a 0x0 decoy precedes the collapsed box; the editor is 0x0 until expanded; editor and button are slotted', async () => {
    const page = await openFixture(browser.context, fixtures.find((f) => f.id === 'reddit'));
    const facts = await page.evaluate(() => {
      const [decoy, real] = document.querySelectorAll('comment-composer-host faceplate-textarea-input');
      const size = (el) => el.getBoundingClientRect().width * el.getBoundingClientRect().height;
      return { decoySize: size(decoy), realSize: size(real), editorSize: size(document.querySelector('div[slot="rte"]')), shadowTextarea: Boolean(real.shadowRoot.querySelector('textarea#innerTextArea')),
        slot: document.querySelector('div[slot="rte"]').assignedSlot?.name, button: document.querySelector('#comment-composer-submit-button').assignedSlot?.name };
    });
    assert.deepEqual(facts, { decoySize: 0, realSize: facts.realSize, editorSize: 0, shadowTextarea: true, slot: 'rte', button: 'submit-button' });
    assert.ok(facts.realSize > 0);
    await page.close();
  });

  test('x: "Add post" makes a thread; one "Post all" publishes every editor', async () => {
    const fixture = fixtures.find((f) => f.id === 'x');
    const page = await openFixture(browser.context, fixture);
    await typeInto(page, fixture, 'first post');
    await (await deepQueryOrThrow(page, '[data-testid="addButton"]')).click();
    await (await deepQueryOrThrow(page, '[data-testid="tweetTextarea_1"]')).click();
    await page.keyboard.type('second post');
    assert.equal(await (await deepQueryOrThrow(page, fixture.publish)).textContent(), 'Post all');
    await (await deepQueryOrThrow(page, fixture.publish)).click();
    assert.deepEqual(await publishedPosts(page), ['first post', 'second post']);
    await page.close();
  });

  test('tiktok: Enter with the hashtag listbox open picks the suggestion, it does not post', async () => {
    const fixture = fixtures.find((f) => f.id === 'tiktok');
    const page = await openFixture(browser.context, fixture);
    await typeInto(page, fixture, 'Great tips #nu');
    assert.ok(await deepQueryOrThrow(page, '[role="listbox"]'));
    assert.equal(await (await deepQueryOrThrow(page, fixture.composer)).getAttribute('aria-controls'), 'hashtag-suggestions');
    await page.keyboard.press('Enter');
    assert.deepEqual(await publishedPosts(page), []);
    assert.equal(await fixtureText(page), 'Great tips #nursing ');
    await page.keyboard.press('Enter');
    assert.deepEqual(await publishedPosts(page), ['Great tips #nursing ']);
    await page.close();
  });

  test('linkedin: the editor is invisible to document.querySelector', async () => {
    const fixture = fixtures.find((f) => f.id === 'linkedin');
    const page = await openFixture(browser.context, fixture);
    await openComposer(page, fixture);
    assert.equal(await page.evaluate(() => document.querySelector('.ql-editor')), null);
    await page.close();
  });

  for (const fixture of fixtures) {
    test(`${fixture.id}: the resume paths (untrusted click(), synthetic shortcut keydown) publish`, async () => {
      const page = await openFixture(browser.context, fixture);
      await typeInto(page, fixture, 'resumed by click');
      await (await deepQueryOrThrow(page, fixture.publish)).evaluate((el) => el.click());
      assert.deepEqual(await publishedPosts(page), ['resumed by click']);
      if (fixture.shortcut) {
        await typeInto(page, fixture, 'resumed by key');
        // A synthetic Enter has no default action: in a single-line <input> the guard's replay then
        // submits the form as a trusted Enter would (src/content/intercept/replay.ts); so does this.
        await (await deepQueryOrThrow(page, fixture.composer)).evaluate((el, { key, ctrlOrMeta }) => {
          const proceed = el.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, keyCode: 13, which: 13, ctrlKey: Boolean(ctrlOrMeta), bubbles: true, cancelable: true, composed: true }));
          if (proceed && el instanceof HTMLInputElement && !ctrlOrMeta) el.form?.requestSubmit();
        }, fixture.shortcut);
        assert.deepEqual(await publishedPosts(page), ['resumed by click', 'resumed by key']);
      }
      await page.close();
    });
  }
});
