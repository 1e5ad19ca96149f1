// Places named in a post, from the gazetteer (US cities and towns, states, world cities, countries;
// see scripts/build-knowledge.ts) and from the shapes counties and water bodies take ("Harris
// County", "Lake Tahoe", "Cedar Creek"). Many towns are also words or names ("Hope", "Buffalo",
// "Austin"), so a one-word place needs support: a place preposition before it ("moved to Hope"),
// a state after it ("Hope, AR"), or a capital that is not the sentence's first and no lower-case
// word glued after it ("Buffalo wings").
import { cachedPlaceClass as placeClass, cachedWordClass as wordClass } from './classes';
import { nameEvidence } from './index';
import { CALENDAR_NAMES } from '../story/lexicon';

export type PlaceKind = 'city' | 'county' | 'state' | 'water' | 'country';

export interface PlaceSpan {
  start: number;
  end: number;
  kind: PlaceKind;
  /** The name alone is not enough (one word that is also a word or a name): a context supported it. */
  supported: boolean;
}

const WORD = /[\p{L}][\p{L}'’.-]*/uy;
// Whole lower-case words (Sets rather than /^(?:…)$/ tests: they are asked of every token).
const COUNTY = new Set(['county', 'parish', 'borough']);
const WATER_AFTER = new Set(['lake', 'river', 'creek', 'bay', 'reservoir', 'pond', 'lagoon', 'sound', 'falls', 'springs']);
const WATER_BEFORE = new Set(['lake', 'mount', 'mt', 'mt.', 'river']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'outside', 'around', 'of', 'into', 'toward', 'towards', 'en', 'de', 'cerca']);
const STATE_ABBR = /^,?\s*(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\b/;
const MAX_WORDS = 4;

/** A word of the paragraph. Its lower-case form is made when first asked: only capitalised words and
 *  their neighbours are ever looked at, and most words of a post are neither. */
class Token {
  private folded: string | null = null;
  constructor(private readonly source: string, readonly start: number, readonly end: number, readonly capital: boolean) {}
  get lower(): string {
    return (this.folded ??= this.source.slice(this.start, this.end).toLowerCase());
  }
}

/** word.replace(/['’]s$|[.'’-]+$/u, ''): a possessive "'s", else trailing dots, apostrophes and hyphens. */
function trimWord(word: string): string {
  return word.slice(0, trimmedEnd(word, 0, word.length));
}

/** Where s[from, to), trimmed as trimWord trims a word, ends. */
function trimmedEnd(s: string, from: number, to: number): number {
  const last = s.charCodeAt(to - 1);
  if (last === 115 && to - from >= 2) {
    const before = s.charCodeAt(to - 2);
    return before === 39 || before === 0x2019 ? to - 2 : to;
  }
  let end = to;
  while (end > from) {
    const c = s.charCodeAt(end - 1);
    if (c !== 46 && c !== 39 && c !== 0x2019 && c !== 45) break;
    end--;
  }
  return end;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast skip to the next letter.
    if (code < 65 || (code > 90 && code < 97) || (code > 122 && code < 0xc0)) continue;
    // An ASCII word (most) is read where it stands, without the regex; one with any other character, with it.
    if (code < 128) {
      let j = i + 1;
      for (; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 46 || c === 45) continue;
        if (c >= 128) j = -1;
        break;
      }
      if (j > 0) {
        const end = trimmedEnd(text, i, j);
        if (end > i) out.push(new Token(text, i, end, code <= 90));
        i = j - 1;
        continue;
      }
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m) continue;
    const word = m[0];
    const t = trimWord(word);
    if (t) out.push(new Token(text, i, i + t.length, t[0] !== t[0].toLowerCase()));
    i += word.length - 1;
  }
  return out;
}

const kindOf = (cls: number): PlaceKind => (cls === 1 ? 'country' : cls === 2 ? 'state' : 'city');

/** The character before `start`, skipping spaces, ends a sentence (or there is none). */
function sentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return i < 0 || '.!?\n:"“('.includes(text[i]);
}

/** Only single spaces (or ". " after an abbreviation such as "St.") between the words of a place. */
function adjacent(text: string, toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const a = toks[k].end;
    const gap = toks[k + 1].start - a;
    if (!(gap === 1 && text.charCodeAt(a) === 32) && !(gap === 2 && text.charCodeAt(a) === 46 && text.charCodeAt(a + 1) === 32)) return false;
  }
  return true;
}

/** The words from..to as one lower-case name, or null when they are not adjacent. */
function joined(text: string, toks: Token[], from: number, to: number): string | null {
  if (!adjacent(text, toks, from, to)) return null;
  return from === to ? toks[from].lower : text.slice(toks[from].start, toks[to].end).toLowerCase().replace(/\. /g, ' ');
}

export function findPlaces(text: string, lowerCasePost = false): PlaceSpan[] {
  const toks = tokens(text);
  const out: PlaceSpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.capital && !lowerCasePost) continue;
    // Gazetteer: the longest run of words (each capitalised, unless the post is all lower case).
    let matched: PlaceSpan | null = null;
    let matchedTo = i;
    // Longest run from i of words that may be in a place's name (in a capitalised post: capitals, "of", "de").
    let runEnd = Math.min(toks.length - 1, i + MAX_WORDS - 1);
    if (!lowerCasePost) {
      for (let k = i; k <= runEnd; k++) {
        const x = toks[k];
        if (!x.capital && x.lower !== 'of' && x.lower !== 'de') { runEnd = k - 1; break; }
      }
    }
    for (let j = runEnd; j >= i; j--) {
      const name = joined(text, toks, i, j);
      if (!name) continue;
      const cls = placeClass(name);
      if (cls === undefined) continue;
      const span = { start: t.start, end: toks[j].end, kind: kindOf(cls), supported: false };
      if (j > i || supported(text, t, toks[j], name, afterPreposition(text, toks, i), lowerCasePost, span)) {
        matched = span;
        matchedTo = j;
      }
      break;
    }
    // Shapes: "Harris County", "Cedar Creek", "Lake Tahoe"; the longer of the two wins ("Salt Lake City").
    const shaped = shapedPlace(text, toks, i, lowerCasePost);
    if (shaped && (!matched || shaped.end > matched.end)) {
      matched = shaped;
      matchedTo = toks.findIndex((x) => x.start >= shaped.end) - 1;
      if (matchedTo < 0) matchedTo = toks.length - 1;
    }
    if (matched) {
      out.push(matched);
      i = matchedTo;
    }
  }
  return out;
}

/** A place preposition and one space before the i-th word ("moved to Hope"). Asked only of a one-word place the
 *  gazetteer knows: the words before most capitalised words are never looked up (a Set lookup of a new string). */
function afterPreposition(text: string, toks: Token[], i: number): boolean {
  const before = i > 0 ? toks[i - 1] : null;
  return !!before && PLACE_PREPOSITIONS.has(before.lower) && text.slice(before.end, toks[i].start) === ' ';
}

/** Support for a one-word place ("Hope", "Austin"): see the file comment. */
function supported(text: string, t: Token, last: Token, name: string, afterPreposition: boolean, lowerCasePost: boolean, span: PlaceSpan): boolean {
  if (CALENDAR_NAMES.has(name)) return false;
  const stateAfter = STATE_ABBR.test(text.slice(last.end, last.end + 5)) || /^,\s*\p{Lu}/u.test(text.slice(last.end, last.end + 3)) && placeClass(/^,\s*([\p{L} ]+)/u.exec(text.slice(last.end, last.end + 20))?.[1]?.trim().toLowerCase() ?? '') === 2;
  if (afterPreposition || stateAfter) {
    span.supported = true;
    // "to hope", "in grace": after a preposition a lower-case everyday word is still a word.
    return t.capital || (wordClass(name) === undefined && lowerCasePost);
  }
  if (!t.capital || sentenceStart(text, t.start)) return false;
  const evidence = nameEvidence(name);
  if (evidence.common > 0) return false;
  // "Austin was…": a city that is also a given name needs a preposition or a state; a state or a
  // country ("Georgia", "India") is taken unless a surname follows ("Georgia Smith").
  const after = text.slice(last.end, last.end + 24);
  const nextWord = /^ (\p{Lu}\p{Ll}+)/u.exec(after)?.[1];
  if (nextWord && nameEvidence(nextWord.toLowerCase()).surname > 0.5) return false;
  if (evidence.given > 0.5 && span.kind === 'city') return false;
  // "Buffalo wings", "Phoenix suns": a lower-case word right after makes the capital a modifier.
  return !/^ \p{Ll}/u.test(after) || /^ (?:is|was|area|city|town|county)\b/.test(after);
}

/** "Harris County", "Cedar Creek", "Lake Tahoe", "Mount Hood": capitalised words with a place word. */
function shapedPlace(text: string, toks: Token[], i: number, lowerCasePost: boolean): PlaceSpan | null {
  const t = toks[i];
  if (t.capital && WATER_BEFORE.has(t.lower)) {
    const next = toks[i + 1];
    if (next && next.capital && adjacent(text, toks, i, i + 1)) {
      let j = i + 1;
      while (toks[j + 1]?.capital && j - i < 2 && adjacent(text, toks, j, j + 1)) j++;
      return { start: t.start, end: toks[j].end, kind: 'water', supported: true };
    }
    return null;
  }
  // Up to three capitalised words then the place word.
  for (let j = i; j < Math.min(toks.length - 1, i + 3); j++) {
    if (!(toks[j].capital || lowerCasePost) || !adjacent(text, toks, j, j + 1)) return null;
    const word = toks[j + 1];
    if (!word.capital && !lowerCasePost) return null;
    const kind: PlaceKind | null = COUNTY.has(word.lower) ? 'county' : WATER_AFTER.has(word.lower) ? 'water' : null;
    if (kind) {
      // "Near Cedar Creek": an everyday word at a sentence's start is not part of the name. (Asked here, once a
      // place word is found, rather than of every capitalised word first: the answer is the same, null either
      // way, and the word-class lookup of each capitalised word was about 1.5% of a bulk scan.)
      if ((wordClass(t.lower) ?? 99) <= 13) return null;
      // "The County", "My Lake": the words before the place word must be a name, not an everyday word alone.
      if (j === i && (wordClass(t.lower) ?? 99) < 14 && placeClass(t.lower) === undefined) return null;
      return { start: t.start, end: word.end, kind, supported: true };
    }
  }
  return null;
}
