// Gemini: a Quill editor inside the rich-textarea Angular element (no shadow DOM); Enter sends,
// Shift+Enter is a new line; button.send-button (note data-test-id spelling). Source: sites.md §16.
import { defineAdapter } from './define-adapter';

export const gemini = defineAdapter({
  id: 'gemini',
  kind: 'ai',
  matches: ['https://gemini.google.com/*'],
  composer: 'rich-textarea .ql-editor[contenteditable="true"], .ql-editor[contenteditable="true"][role="textbox"]',
  submit: 'button.send-button, [data-test-id="send-button-container"] button, button[aria-label="Send message"]',
  enterSends: true,
});
