// The site adapter contract (design.md §5): everything the guard knows about one site's composers.

export type SiteKind = 'social' | 'ai' | 'reviews';

/** A keyboard shortcut that publishes. Shift is never part of one: Shift+Enter is a new line. */
export interface SubmitKey {
  key: string;
  ctrlOrMeta?: boolean;
  shift?: false;
}

/**
 * What IT adds to a site's own anchors through managed policy (`siteOverrides[siteId]`), to repair a
 * broken adapter the same day: CSS selectors of composers and publish controls, and control labels.
 */
export interface SiteOverride {
  composer?: string;
  submit?: string;
  submitLabels?: string[];
}

/**
 * How a composer or publish control was recognised: by the site's own anchors (and IT's overrides),
 * by structure (the form, dialog or container holding an editor and a submit-like control), or by
 * generic guarding (a sizeable editor the person typed into that nothing else recognised).
 */
export type RecognitionLayer = 'site' | 'structure' | 'generic';

export interface Recognition {
  composer: RecognitionLayer;
  /** The layer that finds this composer's publish control, or null when none is found now. */
  submit: 'site' | 'structure' | null;
}

export interface SiteAdapter {
  id: string;
  kind: SiteKind;
  /** Chrome match patterns (as in manifest.json) of the hosts this adapter serves. */
  matches: string[];
  /** For sites that live on any host (Mastodon instances): recognise the site by its markup. */
  detect?(doc: Document): boolean;
  /** Visible composers under `root`, looking into open shadow roots where the site uses them. */
  findComposers(root: ParentNode): HTMLElement[];
  /** Plain text as the site will publish it, read now (never from a cache). */
  readText(composer: HTMLElement): string;
  /** The enabled publish control on an event path (from composedPath()), whoever it belongs to. */
  submitControlOn(path: EventTarget[]): Element | null;
  /** Whether the event path hits an enabled publish control that publishes this composer. */
  isSubmitControl(path: EventTarget[], composer: HTMLElement): boolean;
  /** The element holding every editor published together with this one (thread, title + body). */
  containerOf(composer: HTMLElement): Element;
  /** The enabled publish control of a composer's container, used to resume after a shortcut. */
  findSubmitControl(composer: HTMLElement): Element | null;
  /** Shortcuts with a modifier that publish (Ctrl/Cmd+Enter). */
  submitKeys: SubmitKey[];
  /** Whether a plain Enter publishes from this composer (AI chats, Facebook comments). */
  enterSends(composer: HTMLElement): boolean;
  /** Which layer recognises a composer and its publish control (for the site-health report). */
  recognise(composer: HTMLElement): Recognition;
  /**
   * Generic guarding: the person typed into `editable`, which no layer recognised. Returns true when
   * it is a sizeable standalone editor, which findComposers returns from then on.
   */
  adopt(editable: HTMLElement): boolean;
  /**
   * This site's adapter with IT's selectors and labels added to its own anchors (never replacing
   * them). Called on an adapter that already has an override, it replaces that override. A selector
   * that does not parse is ignored.
   */
  withOverride(override: SiteOverride | undefined): SiteAdapter;
}
