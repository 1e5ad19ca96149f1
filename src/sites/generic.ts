// The generic adapter: any visible textarea or contenteditable with a nearby publish control
// labelled with a publish verb (Post/Share/Reply/Send/Submit/Comment... in any supported interface
// language, publish-labels.ts). It serves hosts IT or the user adds (settings.extraSites) and sites
// with no verified markup (Nextdoor, review-reply consoles).
import { defineAdapter } from './define-adapter';
import { ANY_PUBLISH_LABEL } from './publish-labels';
import type { SiteAdapter, SiteKind } from './types';

export const GENERIC_LABELS: readonly string[] = ANY_PUBLISH_LABEL;

export const GENERIC_COMPOSER =
  'textarea, [contenteditable="true"], [contenteditable="plaintext-only"], [contenteditable=""]';

/** Composers of a few lines at least: not search boxes or single-word fields. */
function looksLikeComposer(el: HTMLElement): boolean {
  // An editable nested in another editable is part of that editor, not a composer of its own.
  if (el.parentElement?.closest('[contenteditable="true"], [contenteditable="plaintext-only"]')) return false;
  return !(el instanceof HTMLTextAreaElement) || !el.readOnly;
}

export function genericAdapter(id: string, kind: SiteKind, matches: string[], labels: readonly string[] = GENERIC_LABELS): SiteAdapter {
  return defineAdapter({
    id,
    kind,
    matches,
    composer: GENERIC_COMPOSER,
    acceptComposer: looksLikeComposer,
    submitLabels: labels,
    container: '[role="dialog"], form',
  });
}

export const generic = genericAdapter('generic', 'social', []);
