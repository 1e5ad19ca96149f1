// Builds a SiteAdapter from a site's anchors (selectors and labels), so each site file states only
// what is particular to that site. Recognition is layered, here and not per site:
//  1. the site's own anchors, plus what IT adds with siteOverrides (withOverride);
//  2. structure, when those anchors find no composer: an editor held, with a submit-like control, in
//     a container (a form's explicit type=submit button, a control named with a publish verb in any
//     supported language), or in a form on a site where Enter sends; failing those, the last button
//     after the editor in the nearest container holding buttons after it, when that button has no
//     name at all (an icon-only send arrow: redesigned AI chats drop their aria-labels);
//  3. generic guarding: a sizeable editor the person types into that neither layer recognised.
// A redesign that renames every data-testid degrades to 2 or 3, never to nothing; recognise() says
// which layer is at work so the guard can report the site's health.
import { closestDeep, containsDeep, deepQueryAll } from './dom/deep-query';
import { EDITABLE_SELECTOR, isSizeable, isStandaloneEditor } from './dom/editable';
import { BUTTON_SELECTOR, controlLabels, labelMatches } from './dom/labels';
import { readEditableText } from './dom/text';
import { isDisabledControl, isVisible } from './dom/visibility';
import { ANY_PUBLISH_LABEL } from './publish-labels';
import type { Recognition, SiteAdapter, SiteKind, SiteOverride, SubmitKey } from './types';

export interface AdapterSpec {
  id: string;
  kind: SiteKind;
  matches: string[];
  detect?: (doc: Document) => boolean;
  /** Selector of the editable elements themselves (textarea, input or contenteditable). */
  composer: string;
  /** Extra filter on composers (e.g. skip a hidden fallback textarea). */
  acceptComposer?: (el: HTMLElement) => boolean;
  /** Whether an `<input>` can be a composer on this site (Instagram's reel comments). */
  inputComposers?: boolean;
  /** Selector of publish controls. */
  submit?: string;
  /** Labels (text, aria-label or title) of publish controls, for sites without stable attributes. */
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
/** Where the structural climb stops: a dialog holds one composer's world, the body everything. */
const STRUCTURE_BOUNDARY = '[role="dialog"], dialog, body';

/** A selector IT wrote: used only if it parses (validation reports it; the content script stays safe). */
function usableSelector(selector: unknown): string | undefined {
  if (typeof selector !== 'string' || selector.trim() === '') return undefined;
  if (typeof document === 'undefined') return selector;
  try {
    document.createDocumentFragment().querySelector(selector);
    return selector;
  } catch {
    return undefined;
  }
}

function cleanOverride(override: SiteOverride | undefined): SiteOverride {
  if (!override || typeof override !== 'object') return {};
  const labels = Array.isArray(override.submitLabels)
    ? override.submitLabels.filter((l): l is string => typeof l === 'string' && l.trim() !== '')
    : [];
  return { composer: usableSelector(override.composer), submit: usableSelector(override.submit), submitLabels: labels };
}

function safeMatches(el: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function safeQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string | undefined): T[] {
  if (!selector) return [];
  try {
    return deepQueryAll<T>(root, selector);
  } catch {
    return [];
  }
}

/** The parent element, crossing from a shadow root to its host. */
function parentAcross(node: Element): Element | null {
  return node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host ?? null);
}

/**
 * A control that publishes by its structure or its words, whatever the site: a button its page
 * marked type=submit inside a form (the editor's form, when an editor is given), or one named with a
 * publish verb in a supported language.
 */
export function isStructuralControl(el: Element, editor?: Element): boolean {
  if (!el.matches(BUTTON_SELECTOR)) return false;
  const form = (el as HTMLButtonElement).form;
  if (el.getAttribute('type') === 'submit' && form && !form.matches('[role="search"]')) {
    if (!editor || containsDeep(form, editor)) return true;
  }
  return labelMatches(el, ANY_PUBLISH_LABEL);
}

/** A control with no words: no label, title or text holding a letter or digit (an icon, an arrow glyph). */
export function isUnnamedControl(el: Element): boolean {
  if (el.hasAttribute('aria-labelledby')) return false;
  return !controlLabels(el).some((label) => /[\p{L}\p{N}]/u.test(label));
}

/** Whether `el` comes after `editor` in document order (within one tree) and is not inside it. */
function follows(editor: Element, el: Element): boolean {
  return (editor.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !editor.contains(el);
}

/**
 * The last resort of layer 2: in the nearest container (up to a dialog) holding visible buttons after
 * the editor, the last of them, when it has no name: the icon-only send arrow composer boxes end with.
 * A named last button (Cancel, Attach file) is never taken for a publish control.
 */
export function trailingControl(editor: HTMLElement): Element | null {
  let node: Element | null = editor;
  for (let i = 0; i < MAX_CLIMB; i++) {
    node = parentAcross(node);
    if (!node || node === node.ownerDocument.body) return null;
    const after = deepQueryAll<Element>(node, BUTTON_SELECTOR).filter((b) => follows(editor, b) && isVisible(b));
    if (after.length > 0) {
      const last = after[after.length - 1];
      return isUnnamedControl(last) ? last : null;
    }
    if (node.matches(STRUCTURE_BOUNDARY)) return null;
  }
  return null;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

export function defineAdapter(spec: AdapterSpec, rawOverride?: SiteOverride): SiteAdapter {
  const override = cleanOverride(rawOverride);
  const labels = [...(spec.submitLabels ?? []), ...(override.submitLabels ?? [])];
  const submitSelectors = [spec.submit, override.submit].filter((s): s is string => s !== undefined);
  const siteControlSelector = [...submitSelectors, labels.length > 0 ? BUTTON_SELECTOR : undefined]
    .filter(Boolean)
    .join(', ');
  const allowInputs = spec.inputComposers === true;
  const adopted = new Set<HTMLElement>();

  const isSiteControl = (el: Element) =>
    submitSelectors.some((s) => safeMatches(el, s)) ||
    (labels.length > 0 && el.matches(BUTTON_SELECTOR) && labelMatches(el, labels));

  const siteControlsIn = (scope: Element): Element[] =>
    safeQueryAll<Element>(scope, siteControlSelector).filter(isSiteControl);

  const structuralControlsIn = (scope: Element, editor?: Element): Element[] =>
    deepQueryAll<Element>(scope, BUTTON_SELECTOR).filter((el) => isStructuralControl(el, editor));

  const enterSendsSpec = spec.enterSends ?? false;
  const enterSends = (composer: HTMLElement) =>
    typeof enterSendsSpec === 'function' ? enterSendsSpec(composer) : enterSendsSpec;

  // Layer 1: the site's anchors and IT's.
  const isSiteComposer = (el: HTMLElement) =>
    (el.matches(spec.composer) && (spec.acceptComposer?.(el) ?? true)) || safeMatches(el, override.composer);

  const siteComposers = (root: ParentNode): HTMLElement[] => {
    const own = deepQueryAll<HTMLElement>(root, spec.composer).filter((el) => spec.acceptComposer?.(el) ?? true);
    const its = safeQueryAll<HTMLElement>(root, override.composer);
    return unique([...own, ...its]).filter(isVisible);
  };

  // Layer 2: structure.
  /** The container that makes `editor` a composer by structure, or null. */
  const structuralContainer = (editor: HTMLElement): Element | null => {
    let node: Element | null = editor;
    for (let i = 0; i < MAX_CLIMB; i++) {
      node = parentAcross(node);
      if (!node || node === node.ownerDocument.body) break;
      if (siteControlsIn(node).length > 0 || structuralControlsIn(node, editor).length > 0) return node;
      // The site's keyboard shortcut is its submit-like control where Enter sends from a form.
      if (node instanceof HTMLFormElement && enterSends(editor)) return node;
      if (node.matches(STRUCTURE_BOUNDARY)) break;
    }
    const trailing = trailingControl(editor);
    return trailing ? climbTo(editor, (n) => containsDeep(n, trailing)) : null;
  };

  const structuralComposers = (root: ParentNode): HTMLElement[] =>
    safeQueryAll<HTMLElement>(root, EDITABLE_SELECTOR).filter(
      (el) => isStandaloneEditor(el, allowInputs) && isVisible(el) && structuralContainer(el) !== null,
    );

  // Layer 3: generic guarding of editors the person typed into.
  const adoptedIn = (root: ParentNode): HTMLElement[] =>
    [...adopted].filter((el) => {
      if (!el.isConnected) {
        adopted.delete(el);
        return false;
      }
      return isVisible(el) && containsDeep(root as Node, el);
    });

  const findComposers = (root: ParentNode): HTMLElement[] => {
    const site = siteComposers(root);
    const structural = site.length === 0 ? structuralComposers(root) : [];
    return unique([...site, ...structural, ...adoptedIn(root)]);
  };

  const submitControlOn = (path: EventTarget[]): Element | null => {
    let control: Element | null = null;
    for (const target of path) {
      if (target instanceof Element && submitSelectors.some((s) => safeMatches(target, s))) {
        control = target;
        break;
      }
    }
    control ??= (path.find(
      (t) => t instanceof Element && labels.length > 0 && t.matches(BUTTON_SELECTOR) && labelMatches(t, labels),
    ) as Element | undefined) ?? null;
    control ??= (path.find((t) => t instanceof Element && isStructuralControl(t)) as Element | undefined) ?? null;
    // An unnamed button is a publish control only as the trailing control of a composer on the page.
    if (!control) {
      const button = path.find((t): t is Element => t instanceof Element && t.matches(BUTTON_SELECTOR));
      if (button && isUnnamedControl(button)) {
        control = findComposers(button.ownerDocument).some((c) => trailingOf(c) === button) ? button : null;
      }
    }
    if (!control) return null;
    // A disabled button inside the control's shadow root (Reddit) disables the whole control.
    const inner = path.slice(0, path.indexOf(control) + 1);
    return inner.some((t) => t instanceof Element && isDisabledControl(t)) ? null : control;
  };

  const climbTo = (composer: HTMLElement, holds: (node: Element) => boolean, boundary?: string): Element | null => {
    let node: Element | null = composer;
    for (let i = 0; i < MAX_CLIMB; i++) {
      node = parentAcross(node);
      if (!node || (boundary && node === node.ownerDocument.body)) return null;
      if (holds(node)) return node;
      if (boundary && node.matches(boundary)) return null;
    }
    return null;
  };

  /** The container found by the site's anchors, its declared container or a structural control. */
  const namedContainerOf = (composer: HTMLElement): Element | null => {
    const declared =
      typeof spec.container === 'function'
        ? spec.container(composer)
        : spec.container
          ? closestDeep(composer, spec.container)
          : null;
    return (
      declared ??
      climbTo(composer, (node) => siteControlsIn(node).length > 0) ??
      climbTo(composer, (node) => structuralControlsIn(node, composer).length > 0, STRUCTURE_BOUNDARY)
    );
  };

  /** The icon-only last control of a composer none of whose controls is known by anchor, type or name. */
  const trailingOf = (composer: HTMLElement): Element | null => {
    const named = namedContainerOf(composer);
    if (named && (siteControlsIn(named).length > 0 || structuralControlsIn(named, composer).length > 0)) return null;
    const trailing = trailingControl(composer);
    return trailing && (!named || containsDeep(named, trailing)) ? trailing : null;
  };

  const containerOf = (composer: HTMLElement): Element => {
    const trailing = (): Element | null => {
      const control = trailingOf(composer);
      return control ? climbTo(composer, (node) => containsDeep(node, control)) : null;
    };
    return (
      namedContainerOf(composer) ??
      trailing() ??
      closestDeep(composer, 'form, [role="dialog"]') ??
      composer.parentElement ??
      composer
    );
  };

  const usable = (c: Element) => isVisible(c) && !isDisabledControl(c);

  const recognise = (composer: HTMLElement): Recognition => {
    const layer = isSiteComposer(composer) ? 'site' : structuralContainer(composer) ? 'structure' : 'generic';
    const container = containerOf(composer);
    const submit = siteControlsIn(container).some(isVisible)
      ? 'site'
      : structuralControlsIn(container, composer).some(isVisible) || trailingOf(composer) !== null
        ? 'structure'
        : null;
    return { composer: layer, submit };
  };

  return {
    id: spec.id,
    kind: spec.kind,
    matches: spec.matches,
    detect: spec.detect,
    findComposers,
    readText: spec.readText ?? readEditableText,
    submitControlOn,
    isSubmitControl: (path, composer) => {
      const control = submitControlOn(path);
      return control !== null && containsDeep(containerOf(composer), control);
    },
    containerOf,
    findSubmitControl: (composer) => {
      const container = containerOf(composer);
      const trailing = trailingOf(composer);
      return (
        siteControlsIn(container).find(usable) ??
        structuralControlsIn(container, composer).find(usable) ??
        (trailing && usable(trailing) ? trailing : null)
      );
    },
    submitKeys: spec.submitKeys ?? CTRL_ENTER,
    enterSends,
    recognise,
    adopt: (editable) => {
      if (adopted.has(editable)) return true;
      if (!isStandaloneEditor(editable, allowInputs) || !isVisible(editable) || !isSizeable(editable)) return false;
      adopted.add(editable);
      return true;
    },
    withOverride: (next) => defineAdapter(spec, next),
  };
}
