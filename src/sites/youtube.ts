// YouTube comments and community posts: a plain contenteditable #contenteditable-root inside
// ytd-commentbox (textarea on m.youtube.com); #submit-button publishes. No known shortcut:
// Ctrl/Cmd+Enter is guarded defensively. Source: sites.md §12.
import { defineAdapter } from './define-adapter';

export const youtube = defineAdapter({
  id: 'youtube',
  kind: 'social',
  matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*', 'https://studio.youtube.com/*'],
  composer: '#contenteditable-root[contenteditable="true"], ytd-commentbox textarea, ytm-comment-simplebox-renderer textarea, textarea.comment-simplebox-reply, #contenteditable-root[contenteditable="plaintext-only"]',
  submit: '#submit-button button, #submit-button[role="button"], ytd-button-renderer#submit-button',
  container: 'ytd-commentbox, ytd-backstage-post-dialog-renderer, form',
});
