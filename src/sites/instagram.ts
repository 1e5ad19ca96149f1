// Instagram: the caption step of "New post" is a Lexical editor (older flows: a textarea) published
// by "Share"; comments are a textarea or contenteditable published by "Post" or Enter.
// The ellipsis in labels is "…" or "...". Source: sites.md §5.
import { defineAdapter } from './define-adapter';

const COMMENT = '[aria-label^="Add a comment"]';

export const instagram = defineAdapter({
  id: 'instagram',
  kind: 'social',
  matches: ['https://www.instagram.com/*'],
  composer: [
    '[contenteditable="true"][aria-label^="Write a caption"]',
    'textarea[aria-label^="Write a caption"]',
    `textarea${COMMENT}`,
    `[contenteditable="true"]${COMMENT}`,
  ].join(', '),
  submitLabels: ['Share', 'Post'],
  container: 'form, [role="dialog"]',
  enterSends: (composer) => composer.matches(COMMENT),
});
