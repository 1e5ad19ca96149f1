// ChatGPT. Two composers are served (selectors-crosscheck.md §2.14):
// - until August 2026: #prompt-textarea, a ProseMirror div (older/variant builds: a real textarea)
//   in form[data-type=unified-composer]; a hidden fallback textarea[name="prompt-textarea"] is never
//   a composer; #composer-submit-button is "send" only while its data-testid says so;
// - from September 2026: form[data-chatgpt-composer] holding a ProseMirror div[role=textbox]
//   [data-composer-markdown] with no id; Send is button[type=submit][aria-label="Send"], which turns
//   into aria-label="Stop" while a reply streams (a hidden legacy stop-button stays in the page).
// Enter sends (Shift+Enter: new line); Cmd/Ctrl+Enter sends too. Source: sites.md §14.
import { CTRL_ENTER, defineAdapter } from './define-adapter';

export const chatgpt = defineAdapter({
  id: 'chatgpt',
  kind: 'ai',
  matches: ['https://chatgpt.com/*', 'https://chat.openai.com/*'],
  composer: [
    'form[data-chatgpt-composer] [data-composer-markdown][contenteditable="true"]',
    '[data-composer-markdown][contenteditable="true"]',
    '#prompt-textarea[contenteditable="true"]',
    'textarea#prompt-textarea',
    '[data-type="unified-composer"] textarea',
  ].join(', '),
  acceptComposer: (el) => !(el instanceof HTMLTextAreaElement && el.name === 'prompt-textarea' && el.id !== 'prompt-textarea'),
  // The same button becomes "stop" and "voice": only its send state publishes.
  submit: [
    'form[data-chatgpt-composer] button[type="submit"][aria-label="Send"]',
    '[data-testid="send-button"]',
    'button[aria-label="Send prompt"]',
  ].join(', '),
  container: 'form',
  submitKeys: CTRL_ENTER,
  enterSends: true,
});
