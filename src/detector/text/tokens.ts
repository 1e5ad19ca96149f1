// A paragraph's words, found once per paragraph and read by every reader of its lower-case text: the story
// signals' cue lookups (story/signals.ts), the described-person pattern there, and the model's n-grams, word
// statistics and span windows (model/features.ts). Each of them used to make its own pass over the
// paragraph, asking every character's letter class again.
//
// Two kinds of word are kept, both as offsets into the lower-case paragraph (no string per word):
// - atoms, /[\p{L}\p{N}]+/gu by code point, each with a hash of its characters (story/signals.ts looks words
//   up by it);
// - words, /[\p{L}\p{N}][\p{L}\p{N}'’]*\/gu (text/letters.ts findWordTokens): atoms joined by apostrophes,
//   with the apostrophes after the last one.
// Words of other shapes (atoms with hyphens, a window's words) are read from these and the few characters
// between them.
import { findWordTokens, LETTER, letterClass, NUMBER, wordTokens } from './letters';

export interface ParagraphTokens {
  /** The text the offsets are in (the paragraph lower-cased). */
  readonly text: string;
  readonly atomCount: number;
  readonly atomStarts: readonly number[];
  readonly atomEnds: readonly number[];
  /** wordHash of each atom. */
  readonly atomHashes: readonly number[];
  readonly wordCount: number;
  readonly wordStarts: readonly number[];
  readonly wordEnds: readonly number[];
}

/** FNV-1a over UTF-16 units, one step; an atom's hash is made with it as the atom is read. */
const hashStep = (h: number, unit: number) => Math.imul(h ^ unit, 0x01000193);
const HASH_START = 0x811c9dc5;
/** A small integer (as Map keys go) for s.slice(from, to): the hash tokensOf gives each atom, so a table
 *  keyed by wordHash(word) can be looked up by an atom where it stands (story/signals.ts). */
export function wordHash(s: string, from: number, to: number): number {
  let h = HASH_START;
  for (let i = from; i < to; i++) h = hashStep(h, s.charCodeAt(i));
  return h & 0x3fffffff;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/** The atoms and words of `text` (a high surrogate without its pair at the end is read alone, as the
 *  regexes read it). */
export function tokensOf(text: string): ParagraphTokens {
  // Arrays of small integers, not typed arrays: a typed array of this size has its store outside the heap,
  // which costs more to make than the words it holds.
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i)!;
    if ((letterClass(cp) & (LETTER | NUMBER)) === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let h = HASH_START;
    while (i < n) {
      const unit = text.charCodeAt(i);
      const c = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
      if ((letterClass(c) & (LETTER | NUMBER)) === 0) break;
      h = hashStep(h, unit);
      if (c > 0xffff) {
        h = hashStep(h, text.charCodeAt(i + 1));
        i += 2;
      } else i++;
    }
    starts.push(start);
    ends.push(i);
    hashes.push(h & 0x3fffffff);
    count++;
  }
  // Words: an atom, and the atoms after it that only apostrophes separate from it (atoms are maximal, so the
  // character after an atom's apostrophes either starts the next atom or ends the word).
  const wordStarts: number[] = [];
  const wordEnds: number[] = [];
  for (let k = 0; k < count; k++) {
    const start = starts[k];
    let end = ends[k];
    while (true) {
      let j = end;
      while (j < n && isApostrophe(text.charCodeAt(j))) j++;
      if (k + 1 < count && starts[k + 1] === j) end = ends[++k];
      else {
        end = j;
        break;
      }
    }
    wordStarts.push(start);
    wordEnds.push(end);
  }
  return { text, atomCount: count, atomStarts: starts, atomEnds: ends, atomHashes: hashes, wordCount: wordStarts.length, wordStarts, wordEnds };
}

const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d;

/** What /[\p{L}\p{N}'’-]+/gu matches in the paragraph, as start and end offsets: atoms and the apostrophes
 *  and hyphens around and between them, and runs of those alone. Only the gaps between atoms are read. */
export function hyphenatedWords(t: ParagraphTokens, starts: number[], ends: number[]): void {
  const s = t.text;
  let wordStart = -1;
  let pos = 0;
  for (let k = 0; k <= t.atomCount; k++) {
    const gapEnd = k < t.atomCount ? t.atomStarts[k] : s.length;
    for (let i = pos; i < gapEnd; i++) {
      if (isJoiner(s.charCodeAt(i))) {
        if (wordStart < 0) wordStart = i;
      } else if (wordStart >= 0) {
        starts.push(wordStart);
        ends.push(i);
        wordStart = -1;
      }
    }
    if (k === t.atomCount) break;
    if (wordStart < 0) wordStart = t.atomStarts[k];
    pos = t.atomEnds[k];
  }
  if (wordStart >= 0) {
    starts.push(wordStart);
    ends.push(s.length);
  }
}

/** The index of the first word that ends after `at` (when `byEnd`), or that starts at or after it. */
function firstWord(t: ParagraphTokens, at: number, byEnd: boolean): number {
  const edges = byEnd ? t.wordEnds : t.wordStarts;
  let lo = 0;
  let hi = t.wordCount;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byEnd ? edges[mid] <= at : edges[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * findWordTokens(text, from, to), keeping only `max` words (the last ones when `last`, else the first ones),
 * read from the paragraph's words: a word inside the window is itself; a word the window cuts is read again
 * over its part inside (findWordTokens over that part finds at most one word, and reads a cut surrogate pair
 * as findWordTokens over the window does). The result is left in `wordTokens` (text/letters.ts), in text
 * order, as findWordTokens leaves it. (The span model's windows: 40 characters either side of a candidate.)
 */
export function windowWords(t: ParagraphTokens, from: number, to: number, max: number, last: boolean): void {
  let n = 0;
  if (last) {
    // Backwards from the last word that starts before `to`, then put in text order.
    for (let k = firstWord(t, to, false) - 1; k >= 0 && n < max && t.wordEnds[k] > from; k--) if (clipped(t, k, from, to, n)) n++;
    windowStarts.subarray(0, n).reverse();
    windowEnds.subarray(0, n).reverse();
  } else {
    for (let k = firstWord(t, from, true); k < t.wordCount && n < max && t.wordStarts[k] < to; k++) if (clipped(t, k, from, to, n)) n++;
  }
  for (let i = 0; i < n; i++) {
    wordTokens.starts[i] = windowStarts[i];
    wordTokens.ends[i] = windowEnds[i];
  }
  wordTokens.count = n;
}
const windowStarts = new Int32Array(8);
const windowEnds = new Int32Array(8);

/** The k-th word's part inside [from, to), as findWordTokens reads it, into window slot `slot`; false when
 *  that part holds no word. */
function clipped(t: ParagraphTokens, k: number, from: number, to: number, slot: number): boolean {
  const s = t.wordStarts[k];
  const e = t.wordEnds[k];
  if (s >= from && e <= to) {
    windowStarts[slot] = s;
    windowEnds[slot] = e;
    return true;
  }
  findWordTokens(t.text, Math.max(s, from), Math.min(e, to));
  if (wordTokens.count === 0) return false;
  windowStarts[slot] = wordTokens.starts[0];
  windowEnds[slot] = wordTokens.ends[0];
  return true;
}
