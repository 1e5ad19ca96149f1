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
  // A shortcut, or a control that re-rendered: clicking the composer's publish control is one
  // publish on every site; a synthetic key is the fallback where there is no control (Enter-only
  // comment boxes).
  const button = adapter.findSubmitControl(attempt.primary);
  if (button instanceof HTMLElement) {
    button.click();
    return;
  }
  const target = attempt.origin?.isConnected ? attempt.origin : attempt.primary;
  const key = attempt.key ?? { key: 'Enter', code: 'Enter', keyCode: 13, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
  target.dispatchEvent(
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
}
