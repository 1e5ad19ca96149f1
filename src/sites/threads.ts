// Threads: Lexical editors in a role=dialog; "Add to thread" adds editors; the publish control is
// a div[role=button] whose text is "Post" (no test ids; atomic CSS classes change). Source: sites.md §8.
import { defineAdapter } from './define-adapter';

export const threads = defineAdapter({
  id: 'threads',
  kind: 'social',
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*', 'https://threads.com/*', 'https://threads.net/*'],
  composer: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  submitLabels: ['Post'],
  container: '[role="dialog"]',
});
