// Class lookups in the knowledge's tables, kept: the same names and words are looked up for every
// capitalised word of a paragraph (places.ts), paragraph after paragraph and keystroke after keystroke.
// Each answer (null: not in the table) is kept until the knowledge changes (knowledgeGeneration), so it
// is always what the table gives.
import { foldHash } from '../text/letters';
import { eachPlaceHash, knowledgeGeneration, placeClass as lookUpPlace, wordClass as lookUpWord } from './index';

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

// Which names may be places: one bit per hash (text/letters.ts foldHash, as SortedTable.eachKeyHash gives each
// key) of every place name the knowledge holds, set once per knowledge generation. 96% of the names places.ts
// asks about are no place (the corpus posts' capitalised words and runs of them), and a clear bit answers one
// without the Map lookup, which measured about 3% of a bulk scan. 13,000 names in 2^18 bits: about 5% of the
// others find their bit set and are looked up as before.
const PLACE_BITS = new Int32Array(1 << 13); // 2^18 bits, 32 KB
let placeBitsFor = -1;

function markPlace(hash: number): void {
  const b = hash & 0x3ffff;
  PLACE_BITS[b >>> 5] |= 1 << (b & 31);
}

function mayBePlace(name: string): boolean {
  if (placeBitsFor !== knowledgeGeneration()) {
    PLACE_BITS.fill(0);
    eachPlaceHash(markPlace);
    placeBitsFor = knowledgeGeneration();
  }
  const b = foldHash(name) & 0x3ffff;
  return (PLACE_BITS[b >>> 5] & (1 << (b & 31))) !== 0;
}

/** placeClass(name), kept; undefined at once for a name whose bit is clear (no place the knowledge holds). */
export const cachedPlaceClass = (name: string): number | undefined => (mayBePlace(name) ? memoised(PLACE_CLASSES, name, lookUpPlace) : undefined);
/** wordClass(word), kept. */
export const cachedWordClass = (word: string): number | undefined => memoised(WORD_CLASSES, word, lookUpWord);
