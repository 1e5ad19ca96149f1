// Facebook: Lexical editors everywhere. Posts (feed, groups, pages) open a "Create post" dialog
// with a "Post" (or "Next") role=button; comments and page replies to reviews post on Enter.
// Control labels follow the interface language ("Publicar", "Comentar" in Spanish): they are matched
// in every language of publish-labels.ts; the editor is found by structure (data-lexical-editor).
// Source: sites.md §4, selectors-crosscheck.md §2.2.
import { defineAdapter } from './define-adapter';
import { closestDeep, deepQueryAll } from './dom/deep-query';
import { labelMatches } from './dom/labels';
import { labelsFor } from './publish-labels';

const POST_LABELS = labelsFor('post', 'next', 'shareNow');
const COMMENT_LABELS = labelsFor('comment', 'reply');

function inPostDialog(composer: HTMLElement): boolean {
  const dialog = closestDeep(composer, '[role="dialog"]');
  return dialog !== null && deepQueryAll(dialog, '[role="button"]').some((b) => labelMatches(b, POST_LABELS));
}

export const facebook = defineAdapter({
  id: 'facebook',
  kind: 'social',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  composer:
    'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"], textarea[aria-label^="What"]',
  submit: 'button[type="submit"][value="Post"]',
  submitLabels: [...POST_LABELS, ...COMMENT_LABELS],
  container: (composer) =>
    inPostDialog(composer) ? closestDeep(composer, '[role="dialog"]') : composer.closest('form'),
  enterSends: (composer) => !inPostDialog(composer) && !(composer instanceof HTMLTextAreaElement),
});
