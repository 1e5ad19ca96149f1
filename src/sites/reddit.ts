// Reddit (shreddit): Lexical body/comment editors slotted into shreddit-composer; title and the
// collapsed comment box are textareas inside faceplate-textarea-input's open shadow root, with a
// 0x0 decoy copy (dropped by the visibility filter). The post button lives in the shadow root of
// r-post-form-submit-button. Old Reddit: plain textareas and forms. Source: sites.md §7.
import { defineAdapter } from './define-adapter';

function isRedditTextarea(el: HTMLElement): boolean {
  if (!(el instanceof HTMLTextAreaElement)) return true;
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : null;
  return (
    host?.matches('faceplate-textarea-input') === true ||
    el.closest('shreddit-composer, .usertext-edit, #newlink, form') !== null
  );
}

export const reddit = defineAdapter({
  id: 'reddit',
  kind: 'social',
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*', 'https://new.reddit.com/*', 'https://sh.reddit.com/*'],
  composer: '[contenteditable="true"][data-lexical-editor="true"], shreddit-composer [role="textbox"][contenteditable="true"], textarea',
  acceptComposer: isRedditTextarea,
  submit: [
    '#comment-composer-submit-button',
    'button[slot="submit-button"]',
    'r-post-form-submit-button',
    '#submit-post-button',
    '.usertext-edit button.save',
    'button[name="submit"]',
  ].join(', '),
  container: 'r-post-composer-form, faceplate-form, form, shreddit-composer',
});
