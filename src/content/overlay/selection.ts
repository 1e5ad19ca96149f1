// Keeps the caret where it was. Moving focus to the warning and back with focus() would put the
// caret at the start of a contenteditable editor (textareas keep their own selection), and some
// editors (Draft.js) drop the DOM selection as soon as the publish button takes focus, so the
// guard also captures the caret at pointerdown, before the click moves focus.

type SelectionRoot = { getSelection?(): Selection | null };

function selectionFor(node: Node): Selection | null {
  const root = node.getRootNode();
  // Chromium exposes the selection inside a shadow tree only through the shadow root.
  const own = root instanceof ShadowRoot ? (root as ShadowRoot & SelectionRoot).getSelection?.() : null;
  return own ?? node.ownerDocument?.getSelection() ?? null;
}

/** The current caret/selection if it is inside `composer`. */
export function captureCaret(composer: HTMLElement | null): Range | null {
  if (!composer) return null;
  const selection = selectionFor(composer);
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return composer.contains(range.startContainer) ? range.cloneRange() : null;
}

/** Focuses the composer and puts the caret back (a selection change, not a DOM change). */
export function restoreCaret(composer: HTMLElement, caret: Range | null): void {
  composer.focus({ preventScroll: true });
  if (!caret || !caret.startContainer.isConnected || !composer.contains(caret.startContainer)) return;
  const selection = selectionFor(composer);
  selection?.removeAllRanges();
  selection?.addRange(caret);
}
