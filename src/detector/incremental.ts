// Incremental scanning for the composer: paragraph analyses are cached by their text, so a
// keystroke re-analyses only the paragraph it changed and the rest of the post costs one lookup.
// scanAsync gives the same result but yields to the event loop between paragraphs, so a
// 100,000-character paste never blocks the page for long.
import { analyzeParagraph, type ParagraphAnalysis } from './analyze';
import { combine } from './combine';
import { splitParagraphs } from './paragraphs';
import { knowledgeGeneration } from './knowledge';
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

const SLICE_MS = 8;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createIncrementalScanner(): IncrementalScanner {
  // Two generations: the paragraphs of the previous scan and of the current one. Anything the
  // user deleted is dropped after one scan, so the cache never grows and the heap stays quiet.
  let previous = new Map<string, ParagraphAnalysis>();
  let current = new Map<string, ParagraphAnalysis>();
  let cachedFor: CompiledRule[] | null = null;
  let cachedKnowledge = knowledgeGeneration();

  function analyze(paragraph: string, rules: CompiledRule[]): ParagraphAnalysis {
    // New rules, or the knowledge of names and places arrived: cached analyses are stale.
    if (rules !== cachedFor || knowledgeGeneration() !== cachedKnowledge) {
      previous = new Map();
      current = new Map();
      cachedFor = rules;
      cachedKnowledge = knowledgeGeneration();
    }
    const hit = current.get(paragraph) ?? previous.get(paragraph) ?? analyzeParagraph(paragraph, rules);
    current.set(paragraph, hit);
    return hit;
  }

  function endOfScan(): void {
    previous = current;
    current = new Map();
  }

  return {
    scan(text, options = {}) {
      const result = scanWith(text, options, analyze);
      endOfScan();
      return result;
    },
    async scanAsync(text, options = {}, signal) {
      if (typeof text !== 'string' || !text) return scan(text, options);
      // Start on a fresh task: the caller's event handler returns at once, and an abort that
      // follows immediately (the next keystroke) cancels before any work is done.
      await yieldToEventLoop();
      if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
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
        endOfScan();
        return combine(norm, paragraphs, analyses, options);
      } catch (e) {
        if (signal?.aborted) throw e;
        return scan(text, options);
      }
    },
  };
}
