// The detector's knowledge of names, everyday words and places, built from maintained data
// (scripts/build-knowledge.ts names each source and its licence). Too large for the content script
// at page start, so it is installed when it arrives: in Node at import (./bundled.ts), in the
// extension on the first composer focus (src/content/knowledge-loader.ts). Until then every lookup
// answers "unknown" and the detector runs on its small built-in core (names/lexicon.ts).
import { installHashedWeights } from '../model';
import { installCueLanguages } from '../story/signals';
import { SemanticScores } from '../model/semantic';
import { wordHash } from '../text/tokens';
import { packTable, SortedTable } from './table';
import type { KnowledgeData, SemanticData } from './types';

export type { KnowledgeData } from './types';

interface Installed {
  given: SortedTable;
  surname: SortedTable;
  word: SortedTable;
  place: SortedTable;
  common: string;
  phone: object | null;
  semantic: SemanticScores | null;
}

let installed: Installed | null = null;
/** Word scores built ahead of the installKnowledge that brings their data (prepareSemanticScores). */
let earlyScores: { data: unknown; scores: SemanticScores | null } | null = null;
let generation = 0;
const listeners = new Set<() => void>();

function valid(data: unknown): data is KnowledgeData {
  const d = data as Partial<KnowledgeData> | null;
  return !!d && ['given', 'surname', 'word', 'place'].every((k) => typeof d[k as keyof KnowledgeData] === 'string');
}

/** Installs the knowledge (or removes it, with null). Malformed data is refused: the core keeps working. */
export function installKnowledge(data: KnowledgeData | null): boolean {
  if (data === null) {
    installed = null;
    installHashedWeights(undefined);
    installCueLanguages(null);
  } else {
    if (!valid(data)) return false;
    // The extension receives the tables packed; Node installs the readable file and packs it here (0.1-0.3 s,
    // once, at import), so both search the same form.
    const table = (t: string) => new SortedTable(data.packed ? t : packTable(t));
    let tables: Pick<Installed, 'given' | 'surname' | 'word' | 'place'>;
    try {
      tables = { given: table(data.given), surname: table(data.surname), word: table(data.word), place: table(data.place) };
    } catch {
      return false; // unsorted or malformed entries
    }
    installed = {
      ...tables,
      common: typeof data.common === 'string' ? data.common : '',
      phone: data.phone && typeof data.phone === 'object' ? data.phone : null,
      semantic: earlyScores && earlyScores.data === data.semantic ? earlyScores.scores : semanticScoresOf(data.semantic),
    };
    // Malformed n-gram weights are refused as a malformed semantic term is: the rest of the knowledge installs.
    installHashedWeights(data.hashed);
    installCueLanguages(data.cues);
  }
  earlyScores = null;
  generation++;
  evidenceCache.clear();
  commonWords = null;
  for (const listener of listeners) listener();
  return true;
}

/** Changes on every install: caches of paragraph analyses keyed by text compare it to know they are stale. */
export function knowledgeGeneration(): number {
  return generation;
}

export function knowledgeReady(): boolean {
  return installed !== null;
}

/** Called after each install: caches of results that depended on the knowledge must be dropped. */
export function onKnowledgeChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let commonWords: ReadonlySet<string> | null = null;
const NO_WORDS: ReadonlySet<string> = new Set();

/** compromise's everyday English words (the core lexicon's word list, which arrives with the knowledge):
 *  empty until then. Built on first use after each install. */
export function coreCommonWords(): ReadonlySet<string> {
  if (!installed?.common) return NO_WORDS;
  return (commonWords ??= new Set(installed.common.split(' ')));
}

/** Calls `each(from, to)` for every word of the space-separated list `s`, as s.split(' ') would cut it
 *  (empty words too), without making a string per word. */
function forEachWord(s: string, each: (from: number, to: number) => void): void {
  for (let from = 0; ; ) {
    const space = s.indexOf(' ', from);
    const to = space < 0 ? s.length : space;
    each(from, to);
    if (space < 0) return;
    from = space + 1;
  }
}

/** The word scores keyed by wordHash, or null when they are absent or malformed (the post model then goes
 *  without its semantic term: the rest of the knowledge still installs). Hashed where the words stand in
 *  the lists: splitting them into 80,000 strings first took about half of the 25-55 ms this costs in a tab
 *  on the first focus. */
function semanticScoresOf(data: SemanticData | undefined): SemanticScores | null {
  if (!data || typeof data !== 'object') return null;
  const { step, zeroLevel, offset, functionWords, levels } = data;
  if (!Number.isFinite(step) || !Number.isFinite(offset) || !Number.isInteger(zeroLevel) || typeof functionWords !== 'string' || !Array.isArray(levels) || !levels.every((l) => typeof l === 'string')) return null;
  let words = 0;
  for (const list of levels) if (list) forEachWord(list, () => words++);
  forEachWord(functionWords, (from, to) => { if (to > from) words++; });
  try {
    const table = new SemanticScores(words, step, offset);
    levels.forEach((list, level) => {
      const relative = level - zeroLevel;
      if (relative < -127 || relative > 127) throw new Error('level out of range');
      if (relative && list) forEachWord(list, (from, to) => table.set(wordHash(list, from, to), relative, false));
    });
    forEachWord(functionWords, (from, to) => { if (to > from) table.set(wordHash(functionWords, from, to), 0, true); });
    return table;
  } catch {
    return null;
  }
}

/** Builds the post model's word scores from `data` (the knowledge's `semantic`) now, for the installKnowledge
 *  that follows with that same object: the content script builds them (15-50 ms) while the tables are still
 *  arriving (wire.ts KnowledgeAssembler). Installs nothing. */
export function prepareSemanticScores(data: unknown): void {
  earlyScores = { data, scores: semanticScoresOf(data as SemanticData | undefined) };
}

/** The post model's word scores, or null until the knowledge (with them) is installed. */
export function semanticScores(): SemanticScores | null {
  return installed?.semantic ?? null;
}

/** libphonenumber-js metadata, or null until the knowledge (with it) is installed. */
export function phoneMetadata(): object | null {
  return installed?.phone ?? null;
}

/** -log2 of the share of people with this given name, or undefined. `word` is lower case. */
export function givenNameClass(word: string): number | undefined {
  return installed?.given.get(word);
}

/** Calls `visit` with the hash of each given name the knowledge holds (SortedTable.eachKeyHash); none before it
 *  is installed. */
export function eachGivenNameHash(visit: (hash: number) => void): void {
  installed?.given.eachKeyHash(visit);
}

/** Calls `visit` with the hash of each place name the knowledge holds (as eachGivenNameHash). */
export function eachPlaceHash(visit: (hash: number) => void): void {
  installed?.place.eachKeyHash(visit);
}

export function surnameClass(word: string): number | undefined {
  return installed?.surname.get(word);
}

/** -log2 of the word's rate among spoken English words, or undefined when it is not an everyday word. */
export function wordClass(word: string): number | undefined {
  return installed?.word.get(word);
}

export function placeClass(name: string): number | undefined {
  return installed?.place.get(name);
}

// How often a token of a post names a person: a prior (about 1 token in 50), not fitted to any corpus.
const NAME_MENTION_RATE = 0.02;
// Surnames have no frequencies in the data: a typical rate for each class.
const SURNAME_CLASS_RATE = [0, 2 ** -10, 2 ** -17, 2 ** -14];

export interface NameEvidence {
  /** 0..1: how likely the token, used as a word in running text, is a given name rather than a word. */
  given: number;
  /** 0..1: the same for a surname. */
  surname: number;
  /** 0..1: how likely the token is an everyday word (rate relative to 1 in 2^10 words). */
  common: number;
  /** The knowledge knows the token at all (as a name or a word). */
  known: boolean;
}

const likelihood = (nameRate: number, wordRate: number) => (nameRate === 0 ? 0 : nameRate / (nameRate + wordRate));

// Words repeat within and across keystroke rescans: a cache spares three binary searches each. Sized for
// a long paste's vocabulary (at 4,096 words it was cleared every few posts of a bulk scan and throughput
// measured 0.61-0.67 M chars/s against 0.87-0.90 at 16,384); ~1.5 MB when full.
const evidenceCache = new Map<string, NameEvidence>();
const EVIDENCE_CACHE_SIZE = 16384;

/** P(name) against P(everyday word) for one lower-case token: "dale" leans to a name, "will" to a word. */
export function nameEvidence(lowerWord: string): NameEvidence {
  let e = evidenceCache.get(lowerWord);
  if (!e) {
    if (evidenceCache.size >= EVIDENCE_CACHE_SIZE) evidenceCache.clear();
    e = computeEvidence(lowerWord);
    evidenceCache.set(lowerWord, e);
  }
  return e;
}

function computeEvidence(lowerWord: string): NameEvidence {
  const g = givenNameClass(lowerWord);
  const s = surnameClass(lowerWord);
  const w = wordClass(lowerWord);
  const wordRate = w === undefined ? 0 : 2 ** -w;
  return {
    given: likelihood(g === undefined ? 0 : NAME_MENTION_RATE * 2 ** -g, wordRate),
    surname: likelihood(s === undefined ? 0 : NAME_MENTION_RATE * SURNAME_CLASS_RATE[s], wordRate),
    common: w === undefined ? 0 : Math.min(1, wordRate * 2 ** 10),
    known: g !== undefined || s !== undefined || w !== undefined,
  };
}
