// Instagram: the caption step of "New post" is a Lexical editor (older flows: a textarea) published
// by "Share"; comments are a textarea or contenteditable published by "Post" or Enter, and on reels
// an <input placeholder="Add a comment…"> (selectors-crosscheck.md §2.3; React swaps the placeholder
// input for the active one on click, so the watcher picks it up on focus and typing). Labels come in
// every supported language. The ellipsis in labels is "…" or "...". Source: sites.md §5.
import { defineAdapter } from './define-adapter';
import { closestDeep, deepQueryAll } from './dom/deep-query';
import { labelMatches } from './dom/labels';
import { labelsFor } from './publish-labels';

const COMMENT = '[aria-label^="Add a comment"]';
const CAPTION = '[aria-label^="Write a caption"]';
const SHARE_LABELS = labelsFor('share');

/** The caption of a new post (published by Share, where Enter is a new line), not a comment. */
function isCaption(composer: HTMLElement): boolean {
  if (composer.matches(CAPTION)) return true;
  if (composer.matches(COMMENT) || composer.closest('form')) return false;
  const dialog = closestDeep(composer, '[role="dialog"]');
  return dialog !== null && deepQueryAll(dialog, '[role="button"], button').some((b) => labelMatches(b, SHARE_LABELS));
}

export const instagram = defineAdapter({
  id: 'instagram',
  kind: 'social',
  matches: ['https://www.instagram.com/*'],
  composer: [
    `[contenteditable="true"]${CAPTION}`,
    `textarea${CAPTION}`,
    `textarea${COMMENT}`,
    `[contenteditable="true"]${COMMENT}`,
    'input[placeholder^="Add a comment"]',
    `input${COMMENT}`,
    'form [role="textbox"][contenteditable="true"]',
  ].join(', '),
  inputComposers: true,
  submitLabels: labelsFor('share', 'post'),
  container: 'form, [role="dialog"]',
  enterSends: (composer) => !isCaption(composer),
});
