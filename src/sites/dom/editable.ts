// What counts as an editor a person writes a post in, independent of any site's markup: used by the
// structural and generic layers of recognition (define-adapter.ts) and by the site-health check.

/** Everything a person can type into. */
export const EDITABLE_SELECTOR =
  'textarea, input, [contenteditable="true"], [contenteditable="plaintext-only"], [contenteditable=""]';

const TEXT_INPUT_TYPES = new Set(['', 'text']);

/** A search box, a combobox or an address field: typing there is never a post. */
export function isSearchLike(el: HTMLElement): boolean {
  const role = el.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox') return true;
  if (el instanceof HTMLInputElement && el.type === 'search') return true;
  return el.closest('[role="search"], form[role="search"], search') !== null;
}

/**
 * A standalone editor (not a part of a bigger one, not read-only, not a search box). `<input>` only
 * counts where the site writes posts in one (Instagram's reel comments).
 */
export function isStandaloneEditor(el: HTMLElement, allowInputs: boolean): boolean {
  if (isSearchLike(el)) return false;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  if (el instanceof HTMLInputElement) {
    return allowInputs && TEXT_INPUT_TYPES.has(el.getAttribute('type') ?? '') && !el.readOnly && !el.disabled;
  }
  if (!el.isContentEditable && !/^(true|plaintext-only|)$/.test(el.getAttribute('contenteditable') ?? 'x')) return false;
  // An editable nested in another editable is part of that editor, not a composer of its own.
  return !el.parentElement?.closest('[contenteditable="true"], [contenteditable="plaintext-only"], [contenteditable=""]');
}

const SIZEABLE_WIDTH_PX = 200;

/** Big enough to write a post in: at least two lines tall or 200 px wide. */
export function isSizeable(el: HTMLElement): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width >= SIZEABLE_WIDTH_PX) return true;
  const style = getComputedStyle(el);
  const fontSize = parseFloat(style.fontSize) || 16;
  const lineHeight = parseFloat(style.lineHeight) || fontSize * 1.2;
  return rect.height >= 2 * lineHeight;
}
