// Microsoft Copilot: consumer textarea#userInput; M365 chat a contenteditable; Enter sends.
// Source: sites.md §17.
import { defineAdapter } from './define-adapter';

export const copilot = defineAdapter({
  id: 'copilot',
  kind: 'ai',
  matches: ['https://copilot.microsoft.com/*', 'https://m365.cloud.microsoft/*', 'https://copilot.cloud.microsoft/*'],
  composer: 'textarea#userInput, textarea[data-testid="composer-input"], #m365-chat-editor-target-element',
  submit: 'button[data-testid="submit-button"], button[aria-label="Submit message"], button[aria-label="Send"]',
  enterSends: true,
});
