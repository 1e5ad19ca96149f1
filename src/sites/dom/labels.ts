// Label matching for publish controls whose only stable anchor is their visible text, aria-label or
// title (Meta sites, the generic adapter, the structural fallback). Labels are compared whole and
// case-insensitively: "Post" matches "post" and " Post ", never "Postpone" or "Post to story".

// Turkish dotless/dotted i lower-case differently from English; fold them so "YANITLA" is "yanıtla".
const normalise = (label: string) =>
  label.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ı/g, 'i').replace(/i\u0307/g, 'i');

/** The names a control goes by: its aria-label, its title and its visible text (each may be empty). */
export function controlLabels(el: Element): string[] {
  const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
  return [el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '', text, (el as HTMLInputElement).value ?? '']
    .map(normalise)
    .filter((label) => label !== '');
}

const wantedCache = new WeakMap<readonly string[], Set<string>>();

function wantedSet(labels: readonly string[]): Set<string> {
  let set = wantedCache.get(labels);
  if (!set) {
    set = new Set(labels.map(normalise));
    wantedCache.set(labels, set);
  }
  return set;
}

/** Whether any of the control's names is one of `labels`, whole and case-insensitively. */
export function labelMatches(el: Element, labels: readonly string[]): boolean {
  if (labels.length === 0) return false;
  const wanted = wantedSet(labels);
  return controlLabels(el).some((label) => wanted.has(label));
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
