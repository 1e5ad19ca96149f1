// Reads the run of name words that follows a cue ("Mrs. ", "my patient ", "Name: ") without a
// regex that could backtrack: one sticky token match per word. Particles of Spanish, Portuguese,
// Dutch, German, French, Italian and Arabic names ("María de la Cruz", "Ana dos Santos", "Ludwig
// van Dyke", "Omar bin Said") stay inside the run when a name word follows them.
import { knowledgeReady } from '../knowledge';
import { evidence, isCommonWord, isFirstName, isLastName, isNeverName } from './lexicon';

const TOKEN = /[\p{L}][\p{L}'’-]*/uy;
const QUOTED_NICKNAME = /["“][\p{L}. '-]{1,15}["”]/uy;
const PARTICLES = new Set(['de', 'del', 'della', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'ter', 'le', 'y', 'bin', 'ibn', 'binti', 'al', 'el']);
const MAX_PARTICLES = 2;

export interface NameRun {
  start: number;
  end: number;
  words: string[];
}

export interface ReadOptions {
  /** Accept a lower-case first word ("mr pham", "pt: jorge") that is no everyday word, as people type on phones. */
  lowerFirst?: boolean;
  maxWords?: number;
}

const isCapitalised = (w: string) => w[0] !== w[0].toLowerCase();
/** w.replace(/['’]s$|(?<=s)['’]$/, ''), without a regex: it is asked of every word read. A plural's
 *  possessive ("the Hendersons' twins") keeps its s. */
export function stripPossessive(w: string): string {
  const n = w.length;
  if (n < 2) return w;
  const last = w.charCodeAt(n - 1);
  const before = w.charCodeAt(n - 2);
  if (last === 115 && (before === 39 || before === 0x2019)) return w.slice(0, n - 2);
  return (last === 39 || last === 0x2019) && before === 115 ? w.slice(0, n - 1) : w;
}

function acceptsFirst(word: string, lowerFirst: boolean): boolean {
  if (word.length < 2 || isNeverName(word)) return false;
  if (isCapitalised(word)) return !isCommonWord(word) || isFirstName(word) || isLastName(word);
  if (!lowerFirst || isCommonWord(word) || PARTICLES.has(word)) return false;
  // Two lower-case letters the knowledge does not list as a name are a particle of some other language
  // (Tagalog "anak ng pasyente", the patient's child), not a name typed on a phone.
  if (word.length < 3 && !isFirstName(word) && !isLastName(word)) return false;
  // Until the knowledge (with its everyday words) arrives, "her son at the bedside" would read "at" as a
  // name: a lower-case word is taken only when the built-in lexicon knows it as a name.
  return knowledgeReady() || isFirstName(word) || isLastName(word);
}

/** The type of a street (USPS Publication 28's common suffixes and their abbreviations), which after a name
 *  word makes it a street's name ("Ferris Ave", "Delmar Blvd", "Kessler Road"). Lane, Court, Way and Place are
 *  surnames too, and stay names. */
const STREET_TYPE = /^(?:Ave|Avenue|Blvd|Boulevard|Rd|Road|St|Street|Hwy|Highway|Pkwy|Parkway|Ln|Drive|Terrace|Ter)\.?$/;

function acceptsNext(word: string, first: string): boolean {
  if (word.length < 2 || isNeverName(word) || STREET_TYPE.test(word)) return false;
  if (!isCapitalised(word)) {
    // "jorge ramirez": after a lower-case first name, a lower-case word the knowledge calls a name.
    if (isCapitalised(first) || isCommonWord(word)) return false;
    // Unknown to the knowledge altogether ("okonjo") counts too: rare surnames are the point.
    const e = evidence(word);
    return e.surname >= 0.5 || e.given >= 0.5 || (knowledgeReady() && !e.known && word.length >= 3);
  }
  // "Ansgar Threlkeld DOB": an abbreviation after a mixed-case name ends it; "EBBESEN LISBET" stays whole.
  if (word === word.toUpperCase() && first !== first.toUpperCase()) return false;
  return !isCommonWord(word) || isFirstName(word) || isLastName(word);
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
function partOfCode(text: string, after: number, word: string): boolean {
  const next = text[after];
  if (isDigit(next) || (next === '-' && isDigit(text[after + 1]))) return true;
  return word.length <= 4 && word === word.toUpperCase() && next === ' ' && isDigit(text[after + 1]);
}

export function readNameRun(text: string, from: number, options: ReadOptions = {}): NameRun | null {
  const max = options.maxWords ?? 3;
  const words: string[] = [];
  let start = -1;
  let end = -1;
  let i = from;
  let particles = 0;
  while (words.length < max) {
    QUOTED_NICKNAME.lastIndex = i;
    const nick = words.length > 0 ? QUOTED_NICKNAME.exec(text) : null;
    if (nick) {
      i = nick.index + nick[0].length;
      while (text[i] === ' ') i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) break;
    const word = stripPossessive(m[0]);
    if (words.length > 0 && particles < MAX_PARTICLES && PARTICLES.has(word) && text[m.index + m[0].length] === ' ' && isCapitalised(words[0])) {
      // A particle counts only when a capitalised name word (or another particle) follows it.
      TOKEN.lastIndex = m.index + m[0].length + 1;
      const next = TOKEN.exec(text);
      if (next && (PARTICLES.has(next[0]) || (isCapitalised(next[0]) && acceptsNext(stripPossessive(next[0]), words[0])))) {
        particles++;
        i = m.index + m[0].length + 1;
        continue;
      }
      break;
    }
    // Letters glued to digits, or a few capitals before a digit group, begin a code ("QZT550917203",
    // "HWR 361 088", "TX-RAD-2023"): no name.
    if (partOfCode(text, m.index + m[0].length, word)) break;
    const ok = words.length === 0 ? acceptsFirst(word, options.lowerFirst ?? false) : acceptsNext(word, words[0]);
    if (!ok) break;
    if (start < 0) start = m.index;
    end = m.index + word.length;
    words.push(word);
    if (word.length !== m[0].length) break;
    i = m.index + m[0].length;
    if (text[i] !== ' ' || text[i + 1] === ' ') break;
    i++;
  }
  return words.length ? { start, end, words } : null;
}
