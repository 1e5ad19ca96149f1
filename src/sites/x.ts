// X (Twitter): Draft.js contenteditable carrying data-testid="tweetTextarea_N" on desktop, a
// textarea inside that wrapper on the mobile layout. Threads add _1, _2... and "Post all".
// Ctrl/Cmd+Enter publishes; plain Enter is a new line. Source: sites.md §3.
import { defineAdapter } from './define-adapter';

const EDITOR_ID = /^tweetTextarea_\d+$/;

export const x = defineAdapter({
  id: 'x',
  kind: 'social',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  composer: '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] textarea',
  // The prefix also matches "_label" and "RichTextInputContainer" wrappers; keep only editors.
  acceptComposer: (el) =>
    EDITOR_ID.test(el.dataset.testid ?? '') ||
    EDITOR_ID.test(el.closest('[data-testid^="tweetTextarea_"]')?.getAttribute('data-testid') ?? ''),
  // Not the side-nav button or compose links: they only open the composer.
  submit: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
  container: '[role="dialog"]',
});
