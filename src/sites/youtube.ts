// YouTube comments and community posts: a plain contenteditable #contenteditable-root inside
// ytd-commentbox (textarea on m.youtube.com); #submit-button publishes. YouTube Studio replies to
// comments: a textarea (tp-yt-iron-autogrow-textarea > textarea#textarea) inside ytcp-commentbox,
// whose button has no id, only the text "Reply" in the interface language (selectors-crosscheck.md
// §2.10, confirmed 2026-09-21). No known shortcut: Ctrl/Cmd+Enter is guarded defensively.
// Source: sites.md §12.
import { defineAdapter } from './define-adapter';
import { labelsFor } from './publish-labels';

export const youtube = defineAdapter({
  id: 'youtube',
  kind: 'social',
  matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*', 'https://studio.youtube.com/*'],
  composer: [
    '#contenteditable-root[contenteditable="true"]',
    'ytd-commentbox textarea',
    'ytm-comment-simplebox-renderer textarea',
    'textarea.comment-simplebox-reply',
    '#contenteditable-root[contenteditable="plaintext-only"]',
    'ytcp-commentbox textarea',
  ].join(', '),
  submit: '#submit-button button, #submit-button[role="button"], ytd-button-renderer#submit-button',
  // Studio's reply button is known by its words only; scoped by the container (ytcp-commentbox).
  submitLabels: labelsFor('reply', 'comment'),
  container: 'ytd-commentbox, ytcp-commentbox, ytd-backstage-post-dialog-renderer, form',
});
