// TikTok comments: a Draft.js contenteditable under [data-e2e="comment-input"] (browse modal:
// "browse-comment-input"); Enter posts, as does the "Post" control. Hashtag/mention popups take
// Enter while open (the interceptor skips Enter when a listbox is open). Source: sites.md §11.
import { defineAdapter } from './define-adapter';

export const tiktok = defineAdapter({
  id: 'tiktok',
  kind: 'social',
  matches: ['https://www.tiktok.com/*'],
  composer: '[data-e2e="comment-input"] [contenteditable="true"], [data-e2e="browse-comment-input"] [contenteditable="true"]',
  submit: '[data-e2e="comment-post"], [data-e2e="browse-comment-post"]',
  enterSends: true,
});
