// A cheap, exact gate for the rules' digit patterns: most paragraphs hold no number longer than two or three
// digits, yet an SSN, a phone, a card or a ZIP code pattern needs a run of four or more. minDigitRun reads a
// regex's source for the longest run of consecutive digits every match must hold; a paragraph whose longest
// run is shorter (longestDigitRun) cannot match, and the regex is not run over it.

/** The longest run of ASCII digits (what \d matches, with or without the u flag) in `text`. */
export function longestDigitRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++run > longest) longest = run;
    } else run = 0;
  }
  return longest;
}

/** How many ASCII digits `text` holds. */
export function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Where the escape at src[i] ends; `digit` when it is \d. */
function escapeEnd(src: string, i: number): { end: number; digit: boolean } {
  const next = src[i + 1];
  if (next === 'd') return { end: i + 2, digit: true };
  if ((next === 'p' || next === 'P' || next === 'u' || next === 'k') && (src[i + 2] === '{' || src[i + 2] === '<')) {
    return { end: src.indexOf(src[i + 2] === '{' ? '}' : '>', i) + 1, digit: false };
  }
  if (next === 'u') return { end: i + 6, digit: false };
  if (next === 'x') return { end: i + 4, digit: false };
  if (next === 'c') return { end: i + 3, digit: false };
  return { end: i + 2, digit: false };
}

/** Where the class at src[i] ("[") ends; `digit` when it holds digits only ([0-9], [12], [\d]). */
function classEnd(src: string, i: number): { end: number; digit: boolean } {
  let j = i + 1;
  let digit = src[j] !== '^';
  while (j < src.length && src[j] !== ']') {
    if (src[j] === '\\') {
      const e = escapeEnd(src, j);
      if (!e.digit) digit = false;
      j = e.end;
    } else {
      const c = src[j];
      if (!((c >= '0' && c <= '9') || (c === '-' && j > i + 1 && src[j + 1] !== ']'))) digit = false;
      j++;
    }
  }
  return { end: j + 1, digit: digit && j > i + 1 };
}

/** Where the group at src[i] ("(") ends. */
function groupEnd(src: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < src.length) {
    const c = src[j];
    if (c === '\\') j = escapeEnd(src, j).end;
    else if (c === '[') j = classEnd(src, j).end;
    else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j + 1;
      j++;
    }
  }
  return j;
}

/** The quantifier at src[i], if any: its least count and where it ends. */
function quantifier(src: string, i: number): { min: number; end: number } | null {
  let q: { min: number; end: number } | null = null;
  const c = src[i];
  if (c === '*' || c === '?') q = { min: 0, end: i + 1 };
  else if (c === '+') q = { min: 1, end: i + 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i, i + 24));
    if (m) q = { min: Number(m[1]), end: i + m[0].length };
  }
  if (q && src[q.end] === '?') q.end++; // lazy
  return q;
}

/** What every match of a piece of regex holds: the longest run of digits within it, the runs it starts and
 *  ends with, and whether it is digits only (then `least`, its least length). */
interface Digits { longest: number; prefix: number; suffix: number; allDigits: boolean; least: number }
const NO_DIGITS: Digits = { longest: 0, prefix: 0, suffix: 0, allDigits: false, least: 0 };
const digits = (n: number): Digits => ({ longest: n, prefix: n, suffix: n, allDigits: true, least: n });

/** The alternatives of src[from, to), one after the other, their Digits combined (the least of each). */
function alternatives(src: string, from: number, to: number): Digits {
  let out: Digits | null = null;
  let i = from;
  let start = from;
  while (i <= to) {
    if (i === to || src[i] === '|') {
      const alt = sequence(src, start, i);
      out = out ? { longest: Math.min(out.longest, alt.longest), prefix: Math.min(out.prefix, alt.prefix), suffix: Math.min(out.suffix, alt.suffix),
        allDigits: out.allDigits && alt.allDigits, least: Math.min(out.least, alt.least) } : alt;
      start = ++i;
      continue;
    }
    i = atomEnd(src, i);
    const q = quantifier(src, i);
    if (q) i = q.end;
  }
  return out ?? NO_DIGITS;
}

/** Where the atom at src[i] ends (before its quantifier). */
function atomEnd(src: string, i: number): number {
  const c = src[i];
  if (c === '\\') return escapeEnd(src, i).end;
  if (c === '[') return classEnd(src, i).end;
  if (c === '(') return groupEnd(src, i);
  return i + 1;
}

/** The Digits of a sequence of atoms (no top-level "|"). */
function sequence(src: string, from: number, to: number): Digits {
  let longest = 0;
  let prefix = 0;
  let allDigits = true;
  let least = 0;
  let run = 0; // the digits every match holds right before the current atom
  let i = from;
  while (i < to) {
    const end = atomEnd(src, i);
    const q = quantifier(src, end);
    const min = q ? q.min : 1;
    const base = atomDigits(src, i, end);
    // An optional atom of digits (\d?) holds none or more digits: the run goes on through it.
    const atom = min === 0 ? (base.allDigits ? digits(0) : NO_DIGITS) : repeated(base, min);
    if (atom.allDigits) {
      run += atom.least;
      if (allDigits) prefix += atom.least;
      least += atom.least;
    } else {
      longest = Math.max(longest, atom.longest, run + atom.prefix);
      if (allDigits) prefix += atom.prefix;
      allDigits = false;
      run = atom.suffix;
    }
    longest = Math.max(longest, run);
    i = q ? q.end : end;
  }
  return { longest, prefix, suffix: run, allDigits, least };
}

/** An atom's Digits repeated at least `min` (≥ 1) times. */
function repeated(d: Digits, min: number): Digits {
  if (min === 1) return d;
  return d.allDigits ? digits(d.least * min) : d;
}

/** The Digits of the atom src[from, to): \d, a digit or a class of digits only; a group, read inside; anything
 *  else (a lookaround, a word boundary, another character or class, a back-reference) holds none. */
function atomDigits(src: string, from: number, to: number): Digits {
  const c = src[from];
  if (c === '\\') return escapeEnd(src, from).digit ? digits(1) : NO_DIGITS;
  if (c === '[') return classEnd(src, from).digit ? digits(1) : NO_DIGITS;
  if (c >= '0' && c <= '9') return digits(1);
  if (c !== '(') return NO_DIGITS;
  if (src[from + 1] !== '?') return alternatives(src, from + 1, to - 1);
  if (src[from + 2] === ':') return alternatives(src, from + 3, to - 1);
  if (src[from + 2] === '<' && src[from + 3] !== '=' && src[from + 3] !== '!') return alternatives(src, src.indexOf('>', from) + 1, to - 1);
  return NO_DIGITS; // a lookaround: it holds no characters of the match
}

/**
 * A lower bound of the longest run of consecutive digits in any match of the regex `src`: mandatory digit
 * atoms (\d, a digit, a class of digits only), each at its least repetition, with nothing between them,
 * looked for inside groups too; for alternatives, the least. Anything else (a lookaround, a word boundary,
 * another character or class, an optional group) ends a run, so the bound errs low, never high.
 */
export function minDigitRun(src: string): number {
  return alternatives(src, 0, src.length).longest;
}
