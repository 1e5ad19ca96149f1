// Scanning per composer: one incremental scanner each (a keystroke rescans only the changed
// paragraph), a synchronous scan of the exact text at publish time, and a debounced scan as the
// user types that runs after the keystroke, time-sliced for huge text.
import { createIncrementalScanner, type IncrementalScanner, type ScanOptions, type ScanResult } from '../detector';
import type { SiteKind } from '../sites/types';

const DEBOUNCE_MS = 100;
/** Above this many characters the typing-time scan yields to the page between slices. */
const ASYNC_FROM_CHARS = 20_000;

export interface ScanOutcome {
  text: string;
  result: ScanResult;
}

interface Entry {
  scanner: IncrementalScanner;
  timer: ReturnType<typeof setTimeout> | null;
  abort: AbortController | null;
}

export const EMPTY_RESULT: ScanResult = Object.freeze({ verdict: 'ok', risk: 0, findings: [] }) as ScanResult;

export function safeScan(scanner: IncrementalScanner, text: string, options: ScanOptions): ScanResult {
  try {
    return scanner.scan(text, options);
  } catch {
    // A detector bug must never break the page or block a post.
    return EMPTY_RESULT;
  }
}

/** The options a composer's text is scanned with: the settings' own and, on a review site, that the text is a
 *  reply to a review, whose reader the site names (ScanOptions.replyToReview). */
export function scanOptionsFor(kind: SiteKind | undefined, options: ScanOptions): ScanOptions {
  return kind === 'reviews' ? { ...options, replyToReview: true } : options;
}

export class ComposerScans {
  private readonly entries = new WeakMap<HTMLElement, Entry>();

  constructor(
    private readonly read: (composer: HTMLElement) => string,
    private readonly options: () => ScanOptions,
    private readonly onResult: (composer: HTMLElement, outcome: ScanOutcome) => void,
  ) {}

  /** Scans the exact current text now (publish time). */
  scanNow(composer: HTMLElement): ScanOutcome {
    const text = this.read(composer);
    return { text, result: safeScan(this.entry(composer).scanner, text, this.options()) };
  }

  /** Schedules a scan after typing pauses; the keystroke itself only sets a timer. */
  scanSoon(composer: HTMLElement, delay = DEBOUNCE_MS): void {
    const entry = this.entry(composer);
    if (entry.timer !== null) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = null;
      void this.run(composer, entry);
    }, delay);
  }

  cancel(composer: HTMLElement): void {
    const entry = this.entries.get(composer);
    if (!entry) return;
    if (entry.timer !== null) clearTimeout(entry.timer);
    entry.abort?.abort();
  }

  private async run(composer: HTMLElement, entry: Entry): Promise<void> {
    if (!composer.isConnected) return;
    const text = this.read(composer);
    entry.abort?.abort();
    if (text.length < ASYNC_FROM_CHARS) {
      this.onResult(composer, { text, result: safeScan(entry.scanner, text, this.options()) });
      return;
    }
    const abort = new AbortController();
    entry.abort = abort;
    try {
      const result = await entry.scanner.scanAsync(text, this.options(), abort.signal);
      if (!abort.signal.aborted) this.onResult(composer, { text, result });
    } catch {
      // Aborted by newer typing, or a detector failure: the next scan or the publish check decides.
    }
  }

  private entry(composer: HTMLElement): Entry {
    let entry = this.entries.get(composer);
    if (!entry) {
      entry = { scanner: createIncrementalScanner(), timer: null, abort: null };
      this.entries.set(composer, entry);
    }
    return entry;
  }
}
