// Word-boundary aware phrase lookup used for context windows (Purview's "keywords within N
// characters"). Phrases are lower-case; the haystack must be lower-cased by the caller.

const isWordChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 0xbf;

/** True when `phrase` occurs in `haystack` between from..to as a whole word (or phrase). */
export function hasPhrase(haystack: string, phrase: string, from = 0, to = haystack.length): boolean {
  let at = haystack.indexOf(phrase, Math.max(0, from));
  while (at !== -1 && at + phrase.length <= to) {
    const before = at === 0 ? 32 : haystack.charCodeAt(at - 1);
    const after = at + phrase.length >= haystack.length ? 32 : haystack.charCodeAt(at + phrase.length);
    const leftOk = !isWordChar(phrase.charCodeAt(0)) || !isWordChar(before);
    const rightOk = !isWordChar(phrase.charCodeAt(phrase.length - 1)) || !isWordChar(after);
    if (leftOk && rightOk) return true;
    at = haystack.indexOf(phrase, at + 1);
  }
  return false;
}

/** haystack[from, to), for phraseInWindow (from ≥ 0, to ≥ from). */
export function windowOf(haystack: string, from: number, to: number): string {
  return from === 0 && to === haystack.length ? haystack : haystack.slice(from, to);
}

/** Whether `p` occurs in `window` (haystack[from, to)) as a whole word. A context list has dozens of phrases
 *  and its window is a few dozen characters: the window is searched, not the rest of the paragraph. The same
 *  occurrences as hasPhrase's (those that end by `to`), with the word-boundary characters read from the
 *  haystack, outside the window too. */
export function phraseInWindow(haystack: string, window: string, from: number, p: string): boolean {
  for (let at = window.indexOf(p); at !== -1; at = window.indexOf(p, at + 1)) {
    const start = from + at;
    const before = start === 0 ? 32 : haystack.charCodeAt(start - 1);
    const after = start + p.length >= haystack.length ? 32 : haystack.charCodeAt(start + p.length);
    const leftOk = !isWordChar(p.charCodeAt(0)) || !isWordChar(before);
    const rightOk = !isWordChar(p.charCodeAt(p.length - 1)) || !isWordChar(after);
    if (leftOk && rightOk) return true;
  }
  return false;
}

/**
 * A phrase list indexed by each phrase's first word, so a paragraph is checked against only the
 * phrases whose first word it contains (one Set lookup each) instead of hundreds of indexOf scans.
 */
export class PhraseIndex {
  private readonly byFirstWord = new Map<string, string[]>();
  private readonly unindexed: string[] = [];

  constructor(readonly phrases: readonly string[]) {
    for (const p of phrases) {
      const first = /^[a-z0-9]+/.exec(p)?.[0];
      if (!first) this.unindexed.push(p);
      else (this.byFirstWord.get(first) ?? this.byFirstWord.set(first, []).get(first)!).push(p);
    }
  }

  /** The phrases of this index that occur in `lower`, whose words are `words`. */
  matches(lower: string, words: ReadonlySet<string>): string[] {
    const out: string[] = [];
    for (const p of this.unindexed) if (hasPhrase(lower, p)) out.push(p);
    for (const w of words) {
      const candidates = this.byFirstWord.get(w);
      if (candidates) for (const p of candidates) if (hasPhrase(lower, p)) out.push(p);
    }
    return out;
  }
}

export function wordSet(lower: string): Set<string> {
  return new Set(lower.match(/[a-z0-9]+/g) ?? []);
}
