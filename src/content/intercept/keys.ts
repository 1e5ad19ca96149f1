// Which keydowns publish. Kept pure so the rules are table-tested: Ctrl/Cmd+Enter where the site
// has that shortcut, plain Enter only where the site sends on Enter, never Shift+Enter (a new
// line), never during IME composition (Enter commits the composition), never while a suggestion
// list is open (Enter picks the suggestion).
import type { SubmitKey } from '../../sites/types';

export interface KeyFacts {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  isComposing: boolean;
  keyCode: number;
}

export interface KeyContext {
  submitKeys: readonly SubmitKey[];
  enterSends: boolean;
  suggestionsOpen: boolean;
}

const IME_KEYCODE = 229;

export function isPublishKey(e: KeyFacts, ctx: KeyContext): boolean {
  if (e.isComposing || e.keyCode === IME_KEYCODE) return false;
  if (e.shiftKey || e.altKey) return false;
  const modified = e.ctrlKey || e.metaKey;
  if (modified) return ctx.submitKeys.some((k) => k.key === e.key && k.ctrlOrMeta === true);
  if (e.key !== 'Enter') return ctx.submitKeys.some((k) => k.key === e.key && !k.ctrlOrMeta);
  return ctx.enterSends && !ctx.suggestionsOpen;
}

/** Cheap first test on every keydown, before any DOM work. */
export function mayPublish(e: KeyFacts): boolean {
  return e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.isComposing && e.keyCode !== IME_KEYCODE;
}

const NEAR_PX = 320;

/** An open mention/hashtag/emoji list near the composer: Enter belongs to it. */
export function suggestionsOpen(composer: HTMLElement): boolean {
  if (composer.getAttribute('aria-expanded') === 'true') return true;
  const root = composer.getRootNode() as Document | ShadowRoot;
  const lists = [...root.querySelectorAll('[role="listbox"]')];
  if (root !== composer.ownerDocument) lists.push(...composer.ownerDocument.querySelectorAll('[role="listbox"]'));
  if (lists.length === 0) return false;
  // Only a list shown next to the composer counts: a listbox elsewhere on the page (a sidebar, a
  // closed picker) must not switch the guard off for Enter.
  const box = composer.getBoundingClientRect();
  return lists.some((list) => {
    const r = list.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || !list.querySelector('[role="option"]')) return false;
    const gap = Math.max(r.top - box.bottom, box.top - r.bottom, 0);
    return gap < NEAR_PX;
  });
}
