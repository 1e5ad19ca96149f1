// The name lexicon, in two layers.
// - The built-in core: compromise's person lexicon (about 4,000 given names and surnames, extracted at
//   build time into compromise-lexicon.json, see scripts/build-name-lexicon.ts) plus the names it misses,
//   in the content script from page start; and what compromise knows of ordinary English words, so "Park"
//   or "Will" alone is not taken for a name (compromise-words.json, 128 KB: it arrives with the knowledge,
//   and until then no word is known as an everyday word, so names are read more readily, not less).
// - The knowledge (../knowledge), once installed: census-scale given names with their frequencies,
//   ~200,000 surnames, and English word frequencies, weighed as P(name) against P(everyday word).
// Sets are built on first use, not at import, so page start-up stays cheap.
import { coreCommonWords, eachGivenNameHash, knowledgeGeneration, knowledgeReady, nameEvidence, wordClass, type NameEvidence } from '../knowledge';
import { foldHash } from '../text/letters';
import extracted from './compromise-lexicon.json';
import { PROPER_ADJECTIVES } from '../story/lexicon';
import { AMBIGUOUS_FIRST_NAMES, EXTRA_FIRST_NAMES, EXTRA_LAST_NAMES, NEVER_NAME_WORDS } from './extra-names';

function build() {
  const first = new Set([...extracted.first.split(' '), ...EXTRA_FIRST_NAMES]);
  const last = new Set([...extracted.last.split(' '), ...EXTRA_LAST_NAMES]);
  return { first, last };
}

let cached: ReturnType<typeof build> | null = null;
const lexicon = () => (cached ??= build());

/** Lower case without a possessive "'s"; called several times per word, so no regex. */
export function fold(word: string): string {
  const w = word.toLowerCase();
  const end = w.length - 2;
  return end > 0 && w[end + 1] === 's' && (w[end] === "'" || w[end] === '’') ? w.slice(0, end) : w;
}

// A token the knowledge weighs as a name at least this likely counts as a name.
const NAME_LIKELY = 0.5;
// "Crystal", "Grace": a name, but also a word often enough to need more evidence.
const NAME_UNAMBIGUOUS = 0.8;
// A word at least this frequent (one in 2^14 spoken words) is an everyday word when it is no name.
const EVERYDAY_CLASS = 14;

/** What the lexicon says of one folded word: its knowledge evidence and the answers below. */
interface WordLexicon { evidence: NameEvidence; first: boolean; last: boolean; ambiguousFirst: boolean; common: boolean }

// The answers for a folded word, kept until the knowledge changes: the name readers ask them of the same
// words again and again (a word is read by several readers, and each answer took up to four lookups, one
// of them a binary search of the word table). Sized as nameEvidence's cache.
const answers = new Map<string, WordLexicon>();
let answersFor = -1;
const MAX_ANSWERS = 16384;

function lexiconOf(w: string): WordLexicon {
  if (answersFor !== knowledgeGeneration()) {
    answers.clear();
    answersFor = knowledgeGeneration();
  }
  let a = answers.get(w);
  if (!a) {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    a = { evidence: nameEvidence(w), first: firstName(w), last: lastName(w), ambiguousFirst: ambiguousFirstName(w), common: commonWord(w) };
    answers.set(w, a);
  }
  return a;
}

// The last word asked about, as given, and its answers: a reader asks several questions of one word in a row
// (acceptsFirst: is it an everyday word, a given name, a surname?), and each then skips fold and the lookup.
let lastWord = '';
let lastAnswers: WordLexicon | null = null;
let lastFor = -1;

function lexiconFor(word: string): WordLexicon {
  if (lastAnswers && word === lastWord && lastFor === knowledgeGeneration()) return lastAnswers;
  lastAnswers = lexiconOf(fold(word));
  lastWord = word;
  lastFor = knowledgeGeneration();
  return lastAnswers;
}

// Which words may be given names: one bit per hash (text/letters.ts foldHash, as nameWords gives each word of
// ASCII letters) of every given name the core lexicon or the knowledge holds, set once per knowledge
// generation. A word whose bit is clear is neither a core given name nor in the knowledge's given names, so
// its evidence has given = 0 and isFirstName is false: the readers that look for given names pass it over
// without the lookup, which for most words of a paragraph cost more than the rest of their reading.
const GIVEN_BITS = new Int32Array(1 << 15); // 2^20 bits, 128 KB
let givenBitsFor = -1;

function markGiven(hash: number): void {
  const b = hash & 0xfffff;
  GIVEN_BITS[b >>> 5] |= 1 << (b & 31);
}

/** False when the word nameWords hashed to `hash` (ASCII letters only) is no given name (see GIVEN_BITS). */
export function mayBeGivenName(hash: number): boolean {
  if (givenBitsFor !== knowledgeGeneration()) {
    GIVEN_BITS.fill(0);
    for (const w of lexicon().first) markGiven(foldHash(w));
    eachGivenNameHash(markGiven);
    givenBitsFor = knowledgeGeneration();
  }
  const b = hash & 0xfffff;
  return (GIVEN_BITS[b >>> 5] & (1 << (b & 31))) !== 0;
}

/** The knowledge's evidence for a token (all zero before the knowledge is installed). */
export function evidence(word: string): NameEvidence {
  return lexiconFor(word).evidence;
}

export function isFirstName(word: string): boolean {
  return lexiconFor(word).first;
}

export function isLastName(word: string): boolean {
  return lexiconFor(word).last;
}

/** A given name that is also an everyday word ("Will", "Grace"): needs more evidence. */
export function isAmbiguousFirstName(word: string): boolean {
  return lexiconFor(word).ambiguousFirst;
}

/** An ordinary word per compromise's lexicon or, once installed, the word frequencies (and not a surname). */
export function isCommonWord(word: string): boolean {
  return lexiconFor(word).common;
}

// The answers themselves, for a folded word `w`.
function firstName(w: string): boolean {
  return lexicon().first.has(w) || (knowledgeReady() && nameEvidence(w).given >= NAME_LIKELY);
}

function lastName(w: string): boolean {
  const core = lexicon().last;
  if (core.has(w) || (w.includes('-') && w.split('-').some((part) => core.has(part)))) return true;
  if (!knowledgeReady()) return false;
  return nameEvidence(w).surname >= NAME_LIKELY || (w.includes('-') && w.split('-').every((part) => nameEvidence(part).surname >= NAME_LIKELY));
}

function ambiguousFirstName(w: string): boolean {
  if (AMBIGUOUS_FIRST_NAMES.has(w) || (coreCommonWords().has(w) && !lexicon().first.has(w))) return true;
  if (!knowledgeReady()) return false;
  const e = nameEvidence(w);
  return e.common > 0 && e.given < NAME_UNAMBIGUOUS;
}

function commonWord(w: string): boolean {
  if (coreCommonWords().has(w) && !lexicon().last.has(w)) return true;
  if (!knowledgeReady()) return false;
  const cls = wordClass(w);
  if (cls === undefined || cls > EVERYDAY_CLASS || lexicon().last.has(w) || lexicon().first.has(w)) return false;
  const e = nameEvidence(w);
  return e.given < NAME_LIKELY && e.surname < NAME_LIKELY;
}

export function isNeverName(word: string): boolean {
  // Trailing dots and hyphens are not part of the word: "Dr." and "MRN-12345" read "dr" and "mrn".
  let end = word.length;
  while (end > 1 && (word[end - 1] === '.' || word[end - 1] === '-')) end--;
  const folded = fold(end === word.length ? word : word.slice(0, end));
  return NEVER_NAME_WORDS.has(folded) || PROPER_ADJECTIVES.has(folded);
}
