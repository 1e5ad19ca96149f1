// Site health: tells the worker (content-free: site id, part, state) when this page's composer or
// publish control is no longer found by the site's own anchors and the guard relies on structure or
// generic guarding ("fallback"), or when the person writes in a sizeable editor nothing guards
// ("missing"). IT then sees a site change across the fleet the day it ships. Each report is sent at
// most once per page (messaging.ts).
import { isStructuralControl } from '../sites/define-adapter';
import { deepQueryAll } from '../sites/dom/deep-query';
import { isSearchLike, isSizeable, isStandaloneEditor } from '../sites/dom/editable';
import { BUTTON_SELECTOR } from '../sites/dom/labels';
import type { SiteAdapter } from '../sites/types';
import { reportSiteHealth } from './messaging';

const CLIMB = 8;

export class SiteHealthMonitor {
  private readonly checked = new WeakSet<HTMLElement>();

  /** A composer was scanned with text in it: check once how it and its publish control were found. */
  composerInUse(site: SiteAdapter, composer: HTMLElement, text: string): void {
    if (this.checked.has(composer) || text.trim() === '') return;
    this.checked.add(composer);
    let recognition;
    try {
      recognition = site.recognise(composer);
    } catch {
      return; // a health check never breaks the guard
    }
    if (recognition.composer !== 'site') reportSiteHealth({ siteId: site.id, part: 'composer', state: 'fallback' });
    if (recognition.submit === 'structure') reportSiteHealth({ siteId: site.id, part: 'submit', state: 'fallback' });
    // The site's own composer with no control found may be an Enter-only box; a fallback composer
    // with none is guarded on its keys at best.
    if (recognition.submit === null && recognition.composer !== 'site') {
      reportSiteHealth({ siteId: site.id, part: 'submit', state: 'missing' });
    }
  }

  /** The person typed into an editor that nothing recognised or adopted. */
  unrecognised(site: SiteAdapter, editable: HTMLElement): void {
    if (this.checked.has(editable)) return;
    this.checked.add(editable); // measured once: a search box is not re-examined on every keystroke
    if (!looksLikeUnguardedComposer(editable)) return;
    reportSiteHealth({ siteId: site.id, part: 'composer', state: 'missing' });
  }
}

/**
 * A sizeable editor that is not a search box. A single-line `<input>` only counts with a publish
 * control next to it (a comment field), not a form's name or address field.
 */
function looksLikeUnguardedComposer(editable: HTMLElement): boolean {
  if (isSearchLike(editable) || !isSizeable(editable)) return false;
  if (!(editable instanceof HTMLInputElement)) return isStandaloneEditor(editable, false);
  if (!isStandaloneEditor(editable, true)) return false;
  let node: Element | null = editable.parentElement;
  for (let i = 0; i < CLIMB && node && node !== document.body; i++, node = node.parentElement) {
    if (deepQueryAll<Element>(node, BUTTON_SELECTOR).some((b) => b.getAttribute('type') !== 'submit' && isStructuralControl(b))) {
      return true;
    }
  }
  return false;
}
