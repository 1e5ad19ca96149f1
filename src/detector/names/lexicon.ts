// The name lexicon: compromise's person lexicon (about 4,000 given names and surnames, extracted at
// build time into compromise-lexicon.json, see scripts/build-name-lexicon.ts) plus the names it
// misses, and what compromise knows of ordinary English words, so "Park" or "Will" alone is not
// taken for a name. Sets are built on first use, not at import, so page start-up stays cheap.
import extracted from './compromise-lexicon.json';
import { AMBIGUOUS_FIRST_NAMES, EXTRA_FIRST_NAMES, EXTRA_LAST_NAMES, NEVER_NAME_WORDS } from './extra-names';

function build() {
  const first = new Set([...extracted.first.split(' '), ...EXTRA_FIRST_NAMES]);
  const last = new Set([...extracted.last.split(' '), ...EXTRA_LAST_NAMES]);
  const common = new Set(extracted.common.split(' '));
  return { first, last, common };
}

let cached: ReturnType<typeof build> | null = null;
const lexicon = () => (cached ??= build());

/** Lower case without a possessive "'s"; called several times per word, so no regex. */
function fold(word: string): string {
  const w = word.toLowerCase();
  const end = w.length - 2;
  return end > 0 && w[end + 1] === 's' && (w[end] === "'" || w[end] === '’') ? w.slice(0, end) : w;
}

export function isFirstName(word: string): boolean {
  return lexicon().first.has(fold(word));
}

export function isLastName(word: string): boolean {
  const w = fold(word);
  return lexicon().last.has(w) || (w.includes('-') && w.split('-').some((part) => lexicon().last.has(part)));
}

/** A given name that is also an everyday word ("Will", "Grace"): needs more evidence. */
export function isAmbiguousFirstName(word: string): boolean {
  const w = fold(word);
  return AMBIGUOUS_FIRST_NAMES.has(w) || (lexicon().common.has(w) && !lexicon().first.has(w));
}

/** An ordinary English word per compromise's lexicon (and not a known surname). */
export function isCommonWord(word: string): boolean {
  const w = fold(word);
  return lexicon().common.has(w) && !lexicon().last.has(w);
}

export function isNeverName(word: string): boolean {
  const w = fold(word);
  return NEVER_NAME_WORDS.has(w.endsWith('.') ? w.slice(0, -1) : w);
}
