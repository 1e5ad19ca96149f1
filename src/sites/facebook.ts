// Facebook: Lexical editors everywhere. Posts (feed, groups, pages) open a "Create post" dialog
// with a "Post" (or "Next") role=button; comments and page replies to reviews post on Enter.
// Labels are localised: English anchors here, structure (data-lexical-editor) for the editor.
// Source: sites.md §4.
import { defineAdapter } from './define-adapter';
import { closestDeep } from './dom/deep-query';

const POST_CONTROL = '[role="button"][aria-label="Post"], [role="button"][aria-label="Next"], [role="button"][aria-label="Share now"]';
const COMMENT_CONTROL = '[role="button"][aria-label="Comment"], [role="button"][aria-label="Reply"]';

function inPostDialog(composer: HTMLElement): boolean {
  const dialog = closestDeep(composer, '[role="dialog"]');
  return dialog !== null && dialog.querySelector(POST_CONTROL) !== null;
}

export const facebook = defineAdapter({
  id: 'facebook',
  kind: 'social',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  composer:
    'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"], textarea[aria-label^="What"]',
  submit: `${POST_CONTROL}, ${COMMENT_CONTROL}, button[type="submit"][value="Post"]`,
  container: (composer) =>
    inPostDialog(composer) ? closestDeep(composer, '[role="dialog"]') : composer.closest('form'),
  enterSends: (composer) => !inPostDialog(composer) && !(composer instanceof HTMLTextAreaElement),
});
