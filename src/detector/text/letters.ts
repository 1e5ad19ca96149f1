// Unicode letter classes by code point, and the name-word runs of a paragraph, found in one pass
// instead of one regex scan per reader (names/detect.ts). Exactly what the regexes they replace match:
// \p{L}, \p{Lu}, \p{Ll} with the u flag (by code point; a lone surrogate is no letter).

export const LETTER = 1;
export const UPPER = 2;
export const LOWER = 4;
export const NUMBER = 8;

const known = new Map<number, number>();

/** LETTER | UPPER | LOWER | NUMBER bits of a code point (\p{L}, \p{Lu}, \p{Ll}, \p{N}). */
export function letterClass(cp: number): number {
  if (cp < 128) {
    if (cp >= 65 && cp <= 90) return LETTER | UPPER;
    if (cp >= 97 && cp <= 122) return LETTER | LOWER;
    if (cp >= 48 && cp <= 57) return NUMBER;
    return 0;
  }
  let c = known.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0);
    if (known.size < 8192) known.set(cp, c);
  }
  return c;
}

/** [\p{L}'’-]: the characters of a name word. */
const isNameChar = (cp: number, cls: number) => (cls & LETTER) !== 0 || cp === 0x27 || cp === 0x2019 || cp === 0x2d;

/** JavaScript's \s (the same with or without the u flag). */
export function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * The maximal runs of [\p{L}'’-] of a paragraph that start with a letter of a case and hold at least
 * two code points: what /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+/gu (upper) and the same with \p{Ll} (lower)
 * match, in order. Also counts, for lexiconNames, the letters runs (/[\p{L}]+/gu) and those starting
 * with a capital (/(?<![\p{L}])\p{Lu}/gu).
 */
export interface NameWords {
  start: number[];
  end: number[];
  /** UPPER or LOWER: the case of the run's first letter. */
  kase: number[];
  /** For a run of ASCII letters only, the hash of its letters lower-cased (foldHash: names/lexicon.ts
   *  mayBeGivenName reads it, without a string for the word); -1 for any other run. */
  hash: number[];
  letterRuns: number;
  capitalRuns: number;
}

/** FNV-1a over UTF-16 units, one step (as text/tokens.ts wordHash): the hash of NameWords.hash. */
export const foldHashStep = (h: number, unit: number) => Math.imul(h ^ unit, 0x01000193);
export const FOLD_HASH_START = 0x811c9dc5;
/** The hash nameWords gives a word of ASCII letters, of its lower-case form `word`. */
export function foldHash(word: string): number {
  let h = FOLD_HASH_START;
  for (let i = 0; i < word.length; i++) h = foldHashStep(h, word.charCodeAt(i));
  return h & 0x3fffffff;
}

export function nameWords(text: string): NameWords {
  const out: NameWords = { start: [], end: [], kase: [], hash: [], letterRuns: 0, capitalRuns: 0 };
  let prevLetter = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i)!;
    let cls = letterClass(cp);
    if (!isNameChar(cp, cls)) {
      prevLetter = false;
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    // A run of name characters from i.
    const start = i;
    const firstCase = cls & (UPPER | LOWER);
    let count = 0;
    // The hash of the run lower-cased, while it holds ASCII letters only.
    let h = FOLD_HASH_START;
    let asciiLetters = true;
    while (true) {
      if (cp >= 97 && cp <= 122) h = foldHashStep(h, cp);
      else if (cp >= 65 && cp <= 90) h = foldHashStep(h, cp + 32);
      else asciiLetters = false;
      if (cls & LETTER) {
        if (!prevLetter) {
          out.letterRuns++;
          if (cls & UPPER) out.capitalRuns++;
        }
        prevLetter = true;
      } else prevLetter = false;
      count++;
      i += cp > 0xffff ? 2 : 1;
      if (i >= n) break;
      cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i)!;
      cls = letterClass(cp);
      if (!isNameChar(cp, cls)) break;
    }
    if (count >= 2 && firstCase) {
      out.start.push(start);
      out.end.push(i);
      out.kase.push(firstCase);
      out.hash.push(asciiLetters ? h & 0x3fffffff : -1);
    }
  }
  return out;
}

/** The code point at `at` as text.slice(…, to) holds it: a high surrogate at its end stands alone. */
function codePointIn(text: string, at: number, to: number): number {
  const cp = text.charCodeAt(at);
  return cp >= 0xd800 && cp <= 0xdbff && at + 1 < to ? text.codePointAt(at)! : cp;
}

export const wordTokens = { starts: new Int32Array(256), ends: new Int32Array(256), count: 0 };

/**
 * What /[\p{L}\p{N}][\p{L}\p{N}'’]*\/gu matches in text.slice(from, to), as offsets into `text`: the first
 * `count` entries of `wordTokens.starts` and `.ends`. Found where they stand, with no slice and no call per
 * token (the paragraph's tokens and n-grams and the span model's windows read them). The arrays are shared:
 * the next call overwrites them.
 */
export function findWordTokens(text: string, from = 0, to = text.length): void {
  let count = 0;
  let i = from;
  while (i < to) {
    let cp = codePointIn(text, i, to);
    if ((letterClass(cp) & (LETTER | NUMBER)) === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    while (i < to) {
      cp = codePointIn(text, i, to);
      if (cp !== 0x27 && cp !== 0x2019 && (letterClass(cp) & (LETTER | NUMBER)) === 0) break;
      i += cp > 0xffff ? 2 : 1;
    }
    if (count === wordTokens.starts.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      wordTokens.starts = grow(wordTokens.starts);
      wordTokens.ends = grow(wordTokens.ends);
    }
    wordTokens.starts[count] = start;
    wordTokens.ends[count] = i;
    count++;
  }
  wordTokens.count = count;
}
