// ASCII twins of Unicode regexes: the same regex without the u flag, for paragraphs of ASCII characters
// only. V8 runs a u regex 2-6 times slower (measured on the name cues, the board, nickname and
// addressed-name regexes), and on ASCII text the u flag changes nothing a match depends on:
// - \p{L}, \p{Lu}, \p{Ll}, \p{N} are the ASCII classes they hold there, \p{M} holds no ASCII character;
//   with the i flag \p{Lu} and \p{Ll} match either case, as their ASCII classes do under i;
// - \w, \b, ., \s, \S, \D and negated classes read the text's ASCII characters alike either way;
// - under u and i, two characters fold to ASCII letters: ſ (U+017F) to s and K (U+212A) to k. A twin
//   with the i flag is refused where the source names either (as a character, or in a range such as
//   \u00C0-\u024F of a class that lacks one of s, S, k, K: [^\u00C0-\u024F] skips "s" under u and not
//   without it). Without u, i folds no character beyond ASCII into it.
// Anything else (another \p, \P, \u{…}, characters beyond the BMP) gets no twin (null): the original runs.

const ASCII_CLASSES: Record<string, string> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9', M: '' };
const ASCII_CLASSES_ANY_CASE: Record<string, string> = { ...ASCII_CLASSES, Lu: 'A-Za-z', Ll: 'A-Za-z' };
const FOLD_TO_ASCII = [0x17f, 0x212a];
/** s, S, k, K: what ſ and K fold to. */
const FOLDED_INTO = [0x73, 0x53, 0x6b, 0x4b];

export const isAscii = (text: string): boolean => !/[^\x00-\x7f]/.test(text);

/** The code point an escape or character at src[i] stands for in a class, and its length; null for a
 *  class escape (\d, \w, \p{…} …), which stands for no single character. */
function classAtom(src: string, i: number): { cp: number; length: number } | null {
  if (src[i] !== '\\') return { cp: src.charCodeAt(i), length: 1 };
  const u = /^\\u([0-9a-fA-F]{4})/.exec(src.slice(i, i + 6));
  if (u) return { cp: parseInt(u[1], 16), length: 6 };
  const x = /^\\x([0-9a-fA-F]{2})/.exec(src.slice(i, i + 4));
  if (x) return { cp: parseInt(x[1], 16), length: 4 };
  if (/[dDwWsSpPbB]/.test(src[i + 1])) return null;
  return { cp: src.charCodeAt(i + 1), length: 2 };
}

/** Whether `src` names ſ or K (as a character or in a class range) where folding them makes a
 *  difference on ASCII text: outside a class, or in a class that does not already hold s, S, k and K
 *  (for an ASCII character, a class holding all four answers alike with either fold). */
function namesFoldingCharacter(src: string): boolean {
  let inClass = false;
  let ranges: [number, number][] = [];
  const holds = (cp: number) => ranges.some(([lo, hi]) => lo <= cp && cp <= hi);
  for (let i = 0; i < src.length; i++) {
    if (inClass && src[i] === ']') {
      inClass = false;
      if (FOLD_TO_ASCII.some(holds) && !FOLDED_INTO.every(holds)) return true;
      continue;
    }
    const atom = classAtom(src, i);
    if (!atom) {
      // A class escape: \d, \w … or the whole of \p{…}.
      i = src[i + 2] === '{' ? src.indexOf('}', i) : i + 1;
      continue;
    }
    let hi = atom.cp;
    let next = i + atom.length;
    if (inClass && src[next] === '-' && src[next + 1] !== ']') {
      const end = classAtom(src, next + 1);
      if (end) {
        hi = end.cp;
        next += 1 + end.length;
      }
    }
    if (!inClass && src[i] === '[') {
      inClass = true;
      ranges = [];
      if (src[i + 1] === '^') i++;
      continue;
    }
    if (inClass) ranges.push([atom.cp, hi]);
    else if (FOLD_TO_ASCII.includes(atom.cp)) return true;
    i = next - 1;
  }
  return false;
}

/** `re` without the u flag, for ASCII text only; null when that cannot be said simply (file comment). */
export function asciiTwin(re: RegExp): RegExp | null {
  if (!re.flags.includes('u')) return null;
  const src = re.source;
  if (/[\ud800-\udfff]/.test(src)) return null;
  const anyCase = re.flags.includes('i');
  if (anyCase && namesFoldingCharacter(src)) return null;
  const classes = anyCase ? ASCII_CLASSES_ANY_CASE : ASCII_CLASSES;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      const p = /^\\p\{(\w+)\}/.exec(src.slice(i));
      if (p) {
        const ascii = classes[p[1]];
        if (ascii === undefined) return null;
        // Outside a class, a class of no character: [^\s\S].
        out += inClass ? ascii : ascii ? `[${ascii}]` : '[^\\s\\S]';
        i += p[0].length - 1;
        continue;
      }
      if (src[i + 1] === 'p' || src[i + 1] === 'P' || (src[i + 1] === 'u' && src[i + 2] === '{')) return null;
      out += ch + src[i + 1];
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
  }
  try {
    return new RegExp(out, re.flags.replace('u', ''));
  } catch {
    return null;
  }
}
