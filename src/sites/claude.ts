// Claude.ai: a ProseMirror contenteditable (data-testid="chat-input"); Enter sends, Shift+Enter is
// a new line; "Send message" button (localised). Source: sites.md §15.
import { defineAdapter } from './define-adapter';

export const claude = defineAdapter({
  id: 'claude',
  kind: 'ai',
  matches: ['https://claude.ai/*'],
  composer: '[data-testid="chat-input"][contenteditable="true"], fieldset .ProseMirror[contenteditable="true"], [data-cds="UserMessage"] textarea',
  submit: 'button[aria-label="Send message"], button[aria-label="Send Message"], button[aria-label="Send"]',
  container: 'fieldset, form',
  enterSends: true,
});
