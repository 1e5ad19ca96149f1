// LinkedIn: the post composer (Quill, moving to TipTap) is rendered inside the open shadow root of
// #interop-outlet; the legacy app runs in a same-origin interop iframe (the content script runs
// there too: all_frames). Comments: TipTap on the feed, Quill on post pages. No known shortcut:
// Ctrl/Cmd+Enter is guarded defensively. Source: sites.md §6.
import { defineAdapter } from './define-adapter';

export const linkedin = defineAdapter({
  id: 'linkedin',
  kind: 'social',
  matches: ['https://www.linkedin.com/*'],
  composer: [
    '[role="textbox"][contenteditable="true"][aria-label^="Text editor for creating"]',
    '.ql-editor[contenteditable="true"]',
    '.tiptap.ProseMirror[contenteditable="true"]',
  ].join(', '),
  submit: [
    'button.share-actions__primary-action',
    'button[class*="comments-comment-box__submit-button"]',
    'form[class*="comments-comment-box"] button[type="submit"]',
  ].join(', '),
  submitLabels: ['Post', 'Comment', 'Reply', 'Schedule'],
  container: '[role="dialog"], form, [class*="comments-comment-box"]',
});
