// Bluesky: TipTap (ProseMirror) editors in the composer dialog, one per post of a thread;
// "composerPublishBtn" publishes them all; Ctrl/Cmd+Enter too. Source: sites.md §9.
import { defineAdapter } from './define-adapter';

export const bluesky = defineAdapter({
  id: 'bluesky',
  kind: 'social',
  matches: ['https://bsky.app/*'],
  composer: '.ProseMirror[role="textbox"][contenteditable="true"]',
  submit: '[data-testid="composerPublishBtn"]',
  container: '[role="dialog"]',
});
