// The composer watcher: one MutationObserver on the document, batched, that only marks the page
// dirty; the (deep) composer query runs at most once per frame-ish batch. Composers inside shadow
// roots that mount later are caught on focus and input, which cross shadow boundaries.
import type { SiteAdapter } from '../sites/types';

const BATCH_MS = 200;
const EDITABLE = 'textarea, input, [contenteditable]';
const MISS_TTL_MS = 1_000;

export interface WatcherEvents {
  added(composer: HTMLElement): void;
  removed(composer: HTMLElement): void;
  /** The person typed into an editable that no layer of the adapter recognises or adopts. */
  unrecognised?(editable: HTMLElement): void;
}

export class ComposerWatcher {
  private known = new Set<HTMLElement>();
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Editables that are not composers (a search box), so typing in them does not re-query the page. */
  private misses = new WeakMap<EventTarget, number>();
  /** Editables generic guarding declined, so typing in them does not re-measure them every keystroke. */
  private declined = new WeakMap<EventTarget, number>();

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly events: WatcherEvents,
    private readonly doc: Document = document,
  ) {}

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => {
      if (this.timer === null && records.some((r) => this.mayMatter(r))) this.schedule();
    });
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true });
    this.refresh();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer !== null) clearTimeout(this.timer);
    // Cleared, so a later start() can schedule its batched refresh again.
    this.timer = null;
    for (const composer of this.known) this.events.removed(composer);
    this.known.clear();
  }

  composers(): HTMLElement[] {
    return [...this.known];
  }

  /**
   * The known composer on an event path, refreshing once if the path holds an unknown editor. While
   * the person types (`typing`), an editor no layer recognises is offered to the adapter's generic
   * guarding, and reported as unrecognised when that declines it too.
   */
  composerOnPath(path: EventTarget[], typing = false): HTMLElement | null {
    const hit = path.find((t): t is HTMLElement => this.known.has(t as HTMLElement));
    if (hit) return hit;
    const editable = path.find(isEditable);
    if (!editable) return null;
    const missedAt = this.misses.get(editable);
    // A miss is remembered briefly: an editor can become a composer when it is shown or moved.
    const missedRecently = missedAt !== undefined && performance.now() - missedAt < MISS_TTL_MS;
    if (!missedRecently) {
      this.refresh();
      const found = path.find((t): t is HTMLElement => this.known.has(t as HTMLElement));
      if (found) return found;
      this.misses.set(editable, performance.now());
    }
    if (!typing) return null;
    const declinedAt = this.declined.get(editable);
    if (declinedAt !== undefined && performance.now() - declinedAt < MISS_TTL_MS) return null;
    if (!this.adapter.adopt(editable)) {
      this.declined.set(editable, performance.now());
      this.events.unrecognised?.(editable);
      return null;
    }
    this.misses.delete(editable);
    this.refresh();
    return this.known.has(editable) ? editable : null;
  }

  refresh(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const found = new Set(this.adapter.findComposers(this.doc));
    for (const composer of this.known) {
      if (!found.has(composer)) {
        this.known.delete(composer);
        this.events.removed(composer);
      }
    }
    for (const composer of found) {
      if (!this.known.has(composer)) {
        this.known.add(composer);
        this.events.added(composer);
      }
    }
  }

  /** Cheap filter so feeds that mutate constantly but add no editor cost (almost) nothing. */
  private mayMatter(record: MutationRecord): boolean {
    for (const node of record.addedNodes) {
      if (node instanceof Element && (node.matches(EDITABLE) || node.shadowRoot || node.querySelector(EDITABLE))) return true;
    }
    if (record.removedNodes.length > 0) for (const c of this.known) if (!c.isConnected) return true;
    return false;
  }

  private schedule(): void {
    if (this.timer === null) this.timer = setTimeout(() => this.refresh(), BATCH_MS);
  }
}

function isEditable(target: EventTarget): target is HTMLElement {
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLInputElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}
