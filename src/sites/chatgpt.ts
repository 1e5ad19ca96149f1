// ChatGPT: #prompt-textarea is a ProseMirror div (older/variant builds: a real textarea); a hidden
// fallback textarea[name="prompt-textarea"] is never a composer. Enter sends (Shift+Enter: new
// line); #composer-submit-button is "send" only while it says so. Source: sites.md §14.
import { defineAdapter } from './define-adapter';

export const chatgpt = defineAdapter({
  id: 'chatgpt',
  kind: 'ai',
  matches: ['https://chatgpt.com/*', 'https://chat.openai.com/*'],
  composer: '#prompt-textarea[contenteditable="true"], textarea#prompt-textarea, [data-type="unified-composer"] textarea',
  acceptComposer: (el) => !(el instanceof HTMLTextAreaElement && el.name === 'prompt-textarea' && el.id !== 'prompt-textarea'),
  // The same button becomes "stop" and "voice": only its send state publishes.
  submit: '[data-testid="send-button"], button[aria-label="Send prompt"]',
  container: 'form',
  enterSends: true,
});
