// Makes odd Unicode harmless before matching, without losing offsets: full-width forms become
// ASCII, every kind of space becomes a plain space, Unicode dashes become '-', and invisible
// characters (zero-width spaces, joiners, bidi marks, soft hyphens) are dropped so "123\u200B45"
// still reads as one number. `toOriginal[i]` maps an index of the normalised text back to the
// original, so findings keep the caller's UTF-16 offsets.

export interface NormalizedText {
  text: string;
  /** Length text.length + 1; the last entry maps the end of the text. Read-only: for ASCII text it is a
   *  view of an identity map shared by every scan, and with normalize's `reuseMap` a view of a buffer the
   *  next such call overwrites. */
  toOriginal: Uint32Array;
}

// 0, 1, 2 …: grown (doubled) when a longer text comes, so typing in a long post allocates no map per keystroke.
let identity = new Uint32Array(0);
function identityMap(length: number): Uint32Array {
  if (identity.length < length) {
    identity = new Uint32Array(Math.max(length, identity.length * 2, 4096));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity.subarray(0, length);
}

const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/;

function mapChar(ch: string): string | null {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (INVISIBLE.test(ch)) return null;
  if (SPACES.test(ch)) return ' ';
  if (DASHES.test(ch)) return '-';
  if (ch === '\u2019' || ch === '\u2018') return "'";
  return ch;
}

// A number wrapped at a hyphen ("555-014-" then "8820" on the next line, "123-45-" / "6789"): the line
// break is dropped so the number reads whole. A break after a plain digit is kept: lines of numbers
// ("12" / "13" / "14") are lists more often than wrapped numbers.
const WRAPPED_NUMBER = /\d-[ \t]*\r?\n[ \t]*\d/;
const isDigit = (code: number) => code >= 48 && code <= 57;
const NOT_ASCII = /[^\x00-\x7f]/;

/** Whether the line break at `i` (a '\r' or '\n') sits inside a number wrapped at a hyphen. */
function wrapsNumber(input: string, i: number): boolean {
  let before = i - 1;
  if (input[i] === '\n' && input[before] === '\r') before--;
  while (before >= 0 && (input[before] === ' ' || input[before] === '\t')) before--;
  if (input[before] !== '-' || !isDigit(input.charCodeAt(before - 1))) return false;
  let after = input[i] === '\r' && input[i + 1] === '\n' ? i + 2 : i + 1;
  while (after < input.length && (input[after] === ' ' || input[after] === '\t')) after++;
  return isDigit(input.charCodeAt(after));
}

// The map of the last text normalised with `reuseMap` (grown, doubled, as needed): a typed array of more
// than 64 bytes gets its own backing store, whose allocation measured ~1% of a bulk scan of posts beyond ASCII.
let scratch = new Uint32Array(0);
function scratchMap(length: number): Uint32Array {
  if (scratch.length < length) scratch = new Uint32Array(Math.max(length, scratch.length * 2, 4096));
  return scratch;
}

/** `reuseMap`: toOriginal may be a view of a buffer the next such call overwrites, for a caller done with it
 *  before it normalises again (scan.ts's synchronous scan; not scanAsync, which yields in between). */
export function normalize(input: string, reuseMap = false): NormalizedText {
  // Fast path: plain ASCII text needs no copy beyond the identity map. (NOT_ASCII reads UTF-16 code
  // units as the charCodeAt loop it replaces did, about four times faster: 2 µs, not 8, for 5,000 characters.)
  // A wrapped number holds a line break: a text of one line is not searched for one.
  if (!NOT_ASCII.test(input) && !(input.includes('\n') && WRAPPED_NUMBER.test(input))) return { text: input, toOriginal: identityMap(input.length + 1) };
  // Most characters map to themselves (a post with one curly quote is mostly ASCII): runs of them are
  // copied as slices, and only the characters that change are looked at one by one.
  let text = '';
  let runStart = 0;
  const map = reuseMap ? scratchMap(input.length + 1) : new Uint32Array(input.length + 1);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    let mapped: string | null;
    if (code === 10 || code === 13) mapped = wrapsNumber(input, i) ? null : input[i];
    else if (code < 0x80) { map[n++] = i; continue; }
    else mapped = mapChar(input[i]);
    if (mapped === input[i]) { map[n++] = i; continue; }
    text += input.slice(runStart, i);
    runStart = i + 1;
    if (mapped === null) continue;
    text += mapped;
    map[n++] = i;
  }
  text += input.slice(runStart);
  map[n] = input.length;
  if (reuseMap) return { text, toOriginal: map.subarray(0, n + 1) };
  return { text, toOriginal: n === input.length ? map : map.slice(0, n + 1) };
}
