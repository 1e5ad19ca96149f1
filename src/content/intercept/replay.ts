// Resume after "Post anyway": re-dispatch the original action exactly once. Replays are
// synchronous (click(), requestSubmit(), dispatchEvent() all run the site's handlers before they
// return), so the interceptor lets through exactly the events raised while `replaying` is set.
import type { SiteAdapter } from '../../sites/types';
import type { PublishAttempt } from './attempt';

let replaying = false;

export const isReplaying = (): boolean => replaying;

export function replay(attempt: PublishAttempt, adapter: SiteAdapter): void {
  replaying = true;
  try {
    dispatchOnce(attempt, adapter);
  } finally {
    replaying = false;
  }
}

function dispatchOnce(attempt: PublishAttempt, adapter: SiteAdapter): void {
  const { control, form } = attempt;
  if (attempt.trigger === 'click') {
    // The innermost target, so a button inside a shadow root (Reddit) gets the click, not its host.
    // (An SVG icon has no click(): then the control itself.)
    const target = [attempt.origin, control].find((t) => t instanceof HTMLElement && t.isConnected);
    if (target instanceof HTMLElement && control?.isConnected) {
      target.click();
      return;
    }
  }
  if (attempt.trigger === 'submit' && form?.isConnected) {
    const submitter = control instanceof HTMLElement && control.isConnected && form.contains(control) ? control : null;
    form.requestSubmit(submitter);
    return;
  }
  // A shortcut is replayed as the same key on the same element: exactly the action the person
  // took (a publish control found by climbing from the editor could belong to another composer,
  // e.g. an edit box next to the main one). Chromium passes keyCode/which through to every world,
  // so editors that read keyCode (Draft.js) see Enter too.
  if (attempt.trigger === 'key' && attempt.key && attempt.origin?.isConnected) {
    pressKey(attempt.origin, attempt.key);
    return;
  }
  // The control re-rendered or the key target is gone: one click on the composer's publish control.
  const button = adapter.findSubmitControl(attempt.primary);
  if (button instanceof HTMLElement) {
    button.click();
    return;
  }
  pressKey(attempt.primary, attempt.key ?? ENTER);
}

type Key = NonNullable<PublishAttempt['key']>;
const ENTER: Key = { key: 'Enter', code: 'Enter', keyCode: 13, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };

/**
 * Dispatches the key on `target`. A synthetic Enter has no default action, so where a trusted one
 * would submit the form of a single-line `<input>` (implicit submission: Instagram's reel comments)
 * and the page did not cancel it, the form is submitted as the browser would have.
 */
function pressKey(target: Element, key: Key): void {
  const proceed = target.dispatchEvent(
    new KeyboardEvent('keydown', {
      key: key.key,
      code: key.code,
      keyCode: key.keyCode,
      which: key.keyCode,
      ctrlKey: key.ctrlKey,
      metaKey: key.metaKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    } as KeyboardEventInit),
  );
  if (proceed && key.key === 'Enter' && !key.ctrlKey && !key.metaKey && !key.altKey && target instanceof HTMLInputElement && target.form?.isConnected) {
    target.form.requestSubmit();
  }
}
