// Label matching for publish controls whose only stable anchor is their visible text or aria-label
// (Meta sites, the generic adapter). Labels are compared whole, case-insensitively.

export function controlLabel(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria.trim();
  const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

export function labelMatches(el: Element, labels: readonly string[]): boolean {
  const label = controlLabel(el).toLowerCase();
  return label !== '' && labels.some((wanted) => wanted.toLowerCase() === label);
}

/** Button-like elements: real buttons, ARIA buttons, submit inputs. */
export const BUTTON_SELECTOR = 'button, [role="button"], input[type="submit"]';

/** The first button-like element on an event path whose label is one of `labels`. */
export function labelledButtonOnPath(path: EventTarget[], labels: readonly string[]): Element | null {
  for (const target of path) {
    if (!(target instanceof Element)) continue;
    if (target.matches(BUTTON_SELECTOR) && labelMatches(target, labels)) return target;
  }
  return null;
}
