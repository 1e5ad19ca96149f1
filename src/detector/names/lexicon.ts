// The name lexicon: compromise's own person lexicon (about 4,000 given names and surnames) plus
// the names it misses, and what it knows of ordinary English words, so "Park" or "Will" alone
// is not taken for a name.
import nlp from 'compromise/two';
import { AMBIGUOUS_FIRST_NAMES, EXTRA_FIRST_NAMES, EXTRA_LAST_NAMES, NEVER_NAME_WORDS } from './extra-names';

type Lexicon = Record<string, string | string[]>;

const FIRST_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

function build() {
  const lexicon = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;
  const first = new Set(EXTRA_FIRST_NAMES);
  const last = new Set(EXTRA_LAST_NAMES);
  const common = new Set<string>();
  for (const word in lexicon) {
    const tags = lexicon[word];
    const tag = Array.isArray(tags) ? tags[0] : tags;
    if (FIRST_TAGS.has(tag)) first.add(word);
    else if (tag === 'LastName') last.add(word);
    else if (tag !== 'Person' && !word.includes(' ')) common.add(word);
  }
  return { first, last, common };
}

let cached: ReturnType<typeof build> | null = null;
const lexicon = () => (cached ??= build());

const fold = (word: string) => word.toLowerCase().replace(/['’]s$/, '');

export function isFirstName(word: string): boolean {
  return lexicon().first.has(fold(word));
}

export function isLastName(word: string): boolean {
  const w = fold(word);
  return lexicon().last.has(w) || w.split('-').some((part) => lexicon().last.has(part));
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
  return NEVER_NAME_WORDS.has(fold(word).replace(/\.$/, ''));
}

/** compromise's tagger, for the few cases the lexicon cannot settle ("Frank" the name or the adjective). */
export function compromiseSaysPerson(sentence: string, name: string): boolean {
  return nlp(sentence).match('#Person+').out('array').some((p: string) => p.includes(name.split(/\s+/)[0]));
}
