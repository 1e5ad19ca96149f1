// Class lookups in the knowledge's tables, kept: the same names and words are looked up for every
// capitalised word of a paragraph (places.ts), paragraph after paragraph and keystroke after keystroke.
// Each answer (null: not in the table) is kept until the knowledge changes (knowledgeGeneration), so it
// is always what the table gives.
import { knowledgeGeneration, placeClass as lookUpPlace, wordClass as lookUpWord } from './index';

const PLACE_CLASSES = new Map<string, number | null>();
const WORD_CLASSES = new Map<string, number | null>();
let classesFor = -1;
const MAX_CLASSES = 16384;

function memoised(memo: Map<string, number | null>, key: string, lookUp: (key: string) => number | undefined): number | undefined {
  if (classesFor !== knowledgeGeneration()) {
    PLACE_CLASSES.clear();
    WORD_CLASSES.clear();
    classesFor = knowledgeGeneration();
  }
  const known = memo.get(key);
  if (known !== undefined) return known ?? undefined;
  const cls = lookUp(key);
  if (memo.size >= MAX_CLASSES) memo.clear();
  memo.set(key, cls ?? null);
  return cls;
}

/** placeClass(name), kept. */
export const cachedPlaceClass = (name: string): number | undefined => memoised(PLACE_CLASSES, name, lookUpPlace);
/** wordClass(word), kept. */
export const cachedWordClass = (word: string): number | undefined => memoised(WORD_CLASSES, word, lookUpWord);
