// Builds a SiteAdapter from a site's anchors (selectors and labels), so each site file states only
// what is particular to that site.
import { closestDeep, containsDeep, deepQueryAll } from './dom/deep-query';
import { labelledButtonOnPath, labelMatches, BUTTON_SELECTOR } from './dom/labels';
import { readEditableText } from './dom/text';
import { isDisabledControl, isVisible } from './dom/visibility';
import type { SiteAdapter, SiteKind, SubmitKey } from './types';

export interface AdapterSpec {
  id: string;
  kind: SiteKind;
  matches: string[];
  detect?: (doc: Document) => boolean;
  /** Selector of the editable elements themselves (textarea or contenteditable). */
  composer: string;
  /** Extra filter on composers (e.g. skip a hidden fallback textarea). */
  acceptComposer?: (el: HTMLElement) => boolean;
  /** Selector of publish controls. */
  submit?: string;
  /** Labels (text or aria-label) of publish controls, for sites without stable attributes. */
  submitLabels?: readonly string[];
  /** Selector (or finder) of the element holding all editors published together; falls back to
   *  the nearest ancestor that holds a publish control. */
  container?: string | ((composer: HTMLElement) => Element | null);
  submitKeys?: SubmitKey[];
  enterSends?: boolean | ((composer: HTMLElement) => boolean);
  readText?: (composer: HTMLElement) => string;
}

export const CTRL_ENTER: SubmitKey[] = [{ key: 'Enter', ctrlOrMeta: true }];
const MAX_CLIMB = 15;

export function defineAdapter(spec: AdapterSpec): SiteAdapter {
  const controlMatches = (el: Element) =>
    (spec.submit !== undefined && el.matches(spec.submit)) ||
    (spec.submitLabels !== undefined && el.matches(BUTTON_SELECTOR) && labelMatches(el, spec.submitLabels));

  const submitControlOn = (path: EventTarget[]): Element | null => {
    let control: Element | null = null;
    for (const target of path) {
      if (target instanceof Element && spec.submit !== undefined && target.matches(spec.submit)) {
        control = target;
        break;
      }
    }
    control ??= spec.submitLabels ? labelledButtonOnPath(path, spec.submitLabels) : null;
    if (!control) return null;
    // A disabled button inside the control's shadow root (Reddit) disables the whole control.
    const inner = path.slice(0, path.indexOf(control) + 1);
    return inner.some((t) => t instanceof Element && isDisabledControl(t)) ? null : control;
  };

  const controlsIn = (scope: Element): Element[] => {
    const selector = [spec.submit, spec.submitLabels && BUTTON_SELECTOR].filter(Boolean).join(', ');
    const candidates = selector ? deepQueryAll<Element>(scope, selector) : [];
    return candidates.filter(controlMatches);
  };

  const containerOf = (composer: HTMLElement): Element => {
    const declared =
      typeof spec.container === 'function'
        ? spec.container(composer)
        : spec.container
          ? closestDeep(composer, spec.container)
          : null;
    if (declared) return declared;
    let node: Element = composer;
    for (let i = 0; i < MAX_CLIMB; i++) {
      const parent = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined);
      if (!parent) break;
      node = parent;
      if (controlsIn(node).length > 0) return node;
    }
    return composer.parentElement ?? composer;
  };

  const enterSends = spec.enterSends ?? false;
  return {
    id: spec.id,
    kind: spec.kind,
    matches: spec.matches,
    detect: spec.detect,
    findComposers: (root) =>
      deepQueryAll<HTMLElement>(root, spec.composer).filter(
        (el) => isVisible(el) && (spec.acceptComposer?.(el) ?? true),
      ),
    readText: spec.readText ?? readEditableText,
    submitControlOn,
    isSubmitControl: (path, composer) => {
      const control = submitControlOn(path);
      return control !== null && containsDeep(containerOf(composer), control);
    },
    containerOf,
    findSubmitControl: (composer) =>
      controlsIn(containerOf(composer)).find((c) => isVisible(c) && !isDisabledControl(c)) ?? null,
    submitKeys: spec.submitKeys ?? CTRL_ENTER,
    enterSends: (composer) => (typeof enterSends === 'function' ? enterSends(composer) : enterSends),
  };
}
