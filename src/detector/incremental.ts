// Incremental scanning for the composer: paragraph analyses are cached by their text, so a
// keystroke re-analyses only the paragraph it changed and the rest of the post costs one lookup.
// scanAsync gives the same result but yields to the event loop between paragraphs, so a
// 100,000-character paste never blocks the page for long.
import { analyzeParagraph, type ParagraphAnalysis } from './analyze';
import { combine } from './combine';
import { splitParagraphs } from './paragraphs';
import type { CompiledRule } from './rules/compile';
import { rulesFor, scan, scanWith } from './scan';
import { normalize } from './text/normalize';
import type { ScanOptions, ScanResult } from './types';

export interface IncrementalScanner {
  /** Synchronous scan of the exact text; reuses cached paragraphs. */
  scan(text: string, options?: ScanOptions): ScanResult;
  /** Same result as scan(), but yields to the event loop between slices of work. */
  scanAsync(text: string, options?: ScanOptions, signal?: AbortSignal): Promise<ScanResult>;
}

const MAX_CACHED = 4000;
const SLICE_MS = 8;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createIncrementalScanner(): IncrementalScanner {
  let cache = new Map<string, ParagraphAnalysis>();
  let cachedFor: CompiledRule[] | null = null;

  function analyze(paragraph: string, rules: CompiledRule[]): ParagraphAnalysis {
    if (rules !== cachedFor) {
      cache = new Map();
      cachedFor = rules;
    }
    let hit = cache.get(paragraph);
    if (!hit) {
      hit = analyzeParagraph(paragraph, rules);
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
      cache.set(paragraph, hit);
    }
    return hit;
  }

  return {
    scan: (text, options = {}) => scanWith(text, options, analyze),
    async scanAsync(text, options = {}, signal) {
      if (typeof text !== 'string' || !text) return scan(text, options);
      try {
        const rules = rulesFor(options);
        const norm = normalize(text);
        const paragraphs = splitParagraphs(norm.text);
        const analyses: ParagraphAnalysis[] = [];
        let sliceStart = performance.now();
        for (const p of paragraphs) {
          if (performance.now() - sliceStart > SLICE_MS) {
            await yieldToEventLoop();
            if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
            sliceStart = performance.now();
          }
          analyses.push(analyze(p.text, rules));
        }
        return combine(norm, paragraphs, analyses, options);
      } catch (e) {
        if (signal?.aborted) throw e;
        return scan(text, options);
      }
    },
  };
}
