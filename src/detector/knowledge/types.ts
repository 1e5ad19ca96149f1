// The shape of the knowledge file written by scripts/build-knowledge.ts. Each table is one string of
// "key,class" entries sorted by key and joined by "|"; installed, it is searched in the packed form of
// table.ts, which is also how the extension package carries it (wire.ts).
export interface KnowledgeSource {
  package: string;
  version: string;
  licence: string;
  use: string;
  inputHash?: string;
}

/** The post model's per-word scores (src/detector/model/semantic.json, written by `npm run train`; see
 *  model/semantic.ts). */
export interface SemanticData {
  /** A word in levels[i] scores (i - zeroLevel) × step. */
  step: number;
  zeroLevel: number;
  /** Added to the term whenever it applies (the weight of its applying at all). */
  offset: number;
  /** Space-separated. */
  functionWords: string;
  /** Space-separated words per level (the zero level empty). */
  levels: string[];
}

export interface KnowledgeData {
  generatedBy: string;
  sources: KnowledgeSource[];
  /** Hashes of the build script and the project lists it reads (staleness check). */
  buildInputs?: Record<string, string>;
  /** Hash of the four tables (catches hand edits). */
  contentHash?: string;
  /** Given names; class: -log2 of the share of US births 1880-2024 with that name. */
  given: string;
  /** Surnames; class 1 well known, 2 listed, 3 listed and also a given name. */
  surname: string;
  /** Everyday English words; class: -log2 of the word's rate per spoken word (SUBTLEXus). */
  word: string;
  /** Places; class 1 country, 2 US state, 3 world city, 10+ US city of about 2^class inhabitants. */
  place: string;
  /**
   * Not in data/knowledge.json: added when the package is built (knowledge/packaged.ts), so that data the
   * content script need not parse at page start arrives with the rest. compromise's everyday English words,
   * space-separated (names/compromise-words.json): the core lexicon's word list.
   */
  common?: string;
  /** The post model's word scores (also added when packaged). */
  semantic?: SemanticData;
  /** The post and span models' n-gram weights (model/weights.json's `hashed`, also added when packaged): the
   *  extension's bundles carry the models without them (model/index.ts installHashedWeights). */
  hashed?: { post: number[]; span: number[] };
  /** The story cue phrases in languages other than English, by group (story/cue-languages.ts, also added when
   *  packaged): the content script carries the English ones only (story/signals.ts installCueLanguages). */
  cues?: Record<string, readonly string[]>;
  /** libphonenumber-js's "min" metadata, for validators/phoneNumber.ts (also added when packaged). */
  phone?: object;
  /** The four tables are in table.ts's packed form (as knowledge.bin carries them, see wire.ts), not "key,class|…". */
  packed?: boolean;
}
