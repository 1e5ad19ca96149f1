// Features of the post model and the span model (scripts/train.ts learns their weights).
// Paragraph features are computed once per paragraph and cached with its analysis; the post's
// features are their sum plus a few post-level aggregates, cheap enough for every keystroke.
import type { Candidate } from '../candidate';
import { CUE_GROUP_NAMES, type CueGroup } from '../story/cues';
import type { StorySignals } from '../story/signals';
import type { Category } from '../types';
import { findWordTokens, wordTokens } from '../text/letters';
import { tokensOf, windowWords, type ParagraphTokens } from '../text/tokens';
import { weightsOf, type LinearModel } from './linear';
import type { SemanticTally } from './semantic';

/** Hashed word n-grams share this many buckets (a power of two). */
export const HASH_BUCKETS = 4096;

/** Sparse features: named ones in `named`, hashed n-grams as bucket -> count. */
export interface SparseFeatures {
  named: Map<string, number>;
  hashed: Map<number, number>;
}

/** Word statistics that tell language from noise (base64, minified code, bytes read as text). */
export interface TextStats {
  tokens: number;
  /** Tokens that look like words of a language: letters only, at most 20, with a vowel or CJK. */
  wordLike: number;
  /** Tokens of digits only: they count neither way (a measurement table or a run of lab values is
   *  still language). */
  numeric: number;
  /** Braces, semicolons and equals signs: code's punctuation, rare in anything a person writes. */
  codeMarks: number;
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over `s`, continuing from `h` (not yet made unsigned). */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const BEFORE_HASH = fnv(FNV_OFFSET, '<');
const AFTER_HASH = fnv(FNV_OFFSET, '>');

/** FNV-1a, 32-bit: small, fast and the same in every JavaScript engine. */
export function hash32(s: string): number {
  return fnv(FNV_OFFSET, s) >>> 0;
}

/** hash32(`${a} ${b}`) without building the string. */
function hashPair(a: string, b: string): number {
  return fnv(Math.imul(fnv(FNV_OFFSET, a) ^ 32, 0x01000193), b) >>> 0;
}

const WORD_LIKE = /^[\p{L}\p{M}'’]{1,20}$/u;
// A vowel, or a letter of a script whose words need not show one: Greek, Cyrillic, Armenian, Hebrew and
// Arabic, the Indic scripts, Thai and Lao, Georgian, Hangul, Ethiopic, kana and CJK. (Until the eleventh
// session Greek, Hangul and the Indic scripts were missing, and a Korean or Greek post read as noise: no
// story, risk 0.)
const HAS_VOWEL = /[aeiouyáéíóúàèìòùâêîôûäëïöüãõ\u0370-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0eff\u10a0-\u10ff\u1100-\u137f\u1ea0-\u1ef9\u3040-\u9fff\uac00-\ud7af]/i;

/** Digits become 0, so "bed 12" and "bed 31" share a feature; long tokens are cut. */
function shape(token: string): string {
  // Most tokens are short words with no digit and no ’: the token itself, with no copies made.
  if (token.length <= 24) {
    let plain = true;
    for (let i = 0; i < token.length; i++) {
      const c = token.charCodeAt(i);
      if ((c >= 48 && c <= 57) || c > 127) { plain = false; break; }
    }
    if (plain) return token;
  }
  // token.replace(/\d/g, '0').replace(/[’]/g, "'").slice(0, 24), one character at a time.
  let out = '';
  for (let i = 0; i < token.length && i < 24; i++) {
    const c = token.charCodeAt(i);
    out += c >= 48 && c <= 57 ? '0' : c === 0x2019 ? "'" : token[i];
  }
  return out;
}

/** fnv(h, shape(s.slice(from, to))) without making either string: shape() maps digits to 0 and ’ to ',
 *  and keeps 24 characters (a token with neither, of 24 or fewer, is itself). */
function fnvShaped(h: number, s: string, from: number, to: number): number {
  const end = Math.min(to, from + 24);
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i);
    h ^= c >= 48 && c <= 57 ? 48 : c === 0x2019 ? 39 : c;
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** The tokens of TOKEN (/[\p{L}\p{N}][\p{L}\p{N}'’]*\/gu), shaped; found without a regex match per token. */
export function paragraphTokens(lower: string): string[] {
  findWordTokens(lower);
  const { starts, ends, count } = wordTokens;
  const out: string[] = [];
  for (let k = 0; k < count; k++) out.push(shape(lower.slice(starts[k], ends[k])));
  return out;
}

/** WORD_LIKE and HAS_VOWEL for a token; ASCII tokens (most) without a regex. A token whose letters are
 *  mostly accented Latin ones ("íbifî", "âs") is not a word: European languages accent one letter in a
 *  few, while bytes read as Latin-1 text are accented letters half the time. */
function isWordLike(t: string): boolean {
  let vowel = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i) | 0x20; // ASCII letters to lower case ("'" is 0x27 either way)
    if (t.charCodeAt(i) > 127) return WORD_LIKE.test(t) && HAS_VOWEL.test(t) && accentedShare(t) <= 1 / 3;
    if (t.charCodeAt(i) === 39) continue;
    if (c < 97 || c > 122) return false;
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121) vowel = true;
  }
  return t.length >= 1 && t.length <= 20 && vowel;
}

/** The share of a token's characters that are Latin letters beyond ASCII (U+00C0–U+024F). */
function accentedShare(t: string): number {
  let accented = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xc0 && c <= 0x24f) accented++;
  }
  return accented / t.length;
}

/** A shaped token of digits only (shape() has made every digit 0). */
const isNumeric = (t: string) => /^0+$/.test(t);

export function textStats(tokens: readonly string[], text = ''): TextStats {
  let wordLike = 0;
  let numeric = 0;
  let codeMarks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x7d || c === 0x3b || c === 0x3d) codeMarks++; // { } ; =
  }
  for (const t of tokens) {
    if (isWordLike(t)) wordLike++;
    else if (t.charCodeAt(0) === 48 && isNumeric(t)) numeric++;
  }
  return { tokens: tokens.length, wordLike, numeric, codeMarks };
}

/** The hash buckets of a paragraph's unigrams and bigrams. */
export function hashedNgrams(tokens: readonly string[]): number[] {
  // Only which buckets occur is used (combine.ts aggregate), in the order first seen: the post model
  // sums its weights in that order. A list, not a Map of counts nobody read (1.5% of a bulk scan).
  const seen: number[] = [];
  const add = (hash: number) => {
    const b = hash & (HASH_BUCKETS - 1);
    if (ngramSeen[b] === 0) {
      ngramSeen[b] = 1;
      seen.push(b);
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    add(hash32(tokens[i]));
    if (i > 0) add(hashPair(tokens[i - 1], tokens[i]));
  }
  for (const b of seen) ngramSeen[b] = 0;
  return seen;
}
const ngramSeen = new Uint8Array(HASH_BUCKETS);

/** isWordLike(shape(s.slice(from, to))), reading the shaped characters where they stand (the string is
 *  made only for a token beyond ASCII, which isWordLike reads with regexes). */
function wordLikeAt(s: string, from: number, to: number): boolean {
  const n = Math.min(to - from, 24);
  let vowel = false;
  for (let i = 0; i < n; i++) {
    const raw = s.charCodeAt(from + i);
    const u = raw >= 48 && raw <= 57 ? 48 : raw === 0x2019 ? 39 : raw;
    if (u > 127) return isWordLike(shape(s.slice(from, to)));
    if (u === 39) continue;
    const c = u | 0x20;
    if (c < 97 || c > 122) return false;
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121) vowel = true;
  }
  return n >= 1 && n <= 20 && vowel;
}

/** Adds a hash's bucket to `seen` unless ngramSeen marks it listed already. */
function addBucket(seen: number[], hash: number): void {
  const b = hash & (HASH_BUCKETS - 1);
  if (ngramSeen[b] === 0) {
    ngramSeen[b] = 1;
    seen.push(b);
  }
}

/** isNumeric(shape(s.slice(from, to))): the shaped token's characters, its first 24, are all digits. */
function numericAt(s: string, from: number, to: number): boolean {
  const end = Math.min(to, from + 24);
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return end > from;
}

/**
 * textStats(paragraphTokens(lower), text) and hashedNgrams(paragraphTokens(lower)) in one pass over the
 * paragraph's tokens where they stand, with no string made per token: the same numbers, the buckets in the
 * same order (paragraph analysis; training reads the same through analyzeParagraph). `tokens`: tokensOf(lower).
 */
export function paragraphStatsAndNgrams(lower: string, text: string, tokens: ParagraphTokens = tokensOf(lower)): { stats: TextStats; ngrams: number[] } {
  const stats = textStats([], text);
  // findWordTokens(lower): the paragraph's words (text/tokens.ts).
  const { wordStarts: starts, wordEnds: ends, wordCount: count } = tokens;
  const seen: number[] = [];
  let previous = 0;
  for (let i = 0; i < count; i++) {
    const from = starts[i];
    const to = ends[i];
    if (wordLikeAt(lower, from, to)) stats.wordLike++;
    else if (numericAt(lower, from, to)) stats.numeric++;
    // hash32(token) and hashPair(previous token, token), in one pass over the token's shaped characters.
    let own = FNV_OFFSET;
    let pair = Math.imul(previous ^ 32, 0x01000193);
    const end = Math.min(to, from + 24);
    for (let k = from; k < end; k++) {
      const c = lower.charCodeAt(k);
      const shaped = c >= 48 && c <= 57 ? 48 : c === 0x2019 ? 39 : c;
      own = Math.imul(own ^ shaped, 0x01000193);
      pair = Math.imul(pair ^ shaped, 0x01000193);
    }
    addBucket(seen, own >>> 0);
    if (i > 0) addBucket(seen, pair >>> 0);
    previous = own;
  }
  for (const b of seen) ngramSeen[b] = 0;
  stats.tokens = count;
  return { stats, ngrams: seen };
}

/** Words around a candidate ("dr", "pt", "bed", "dob" …), hashed for the span model. */
export function windowTokens(lower: string, start: number, end: number, width = 3): { before: string[]; after: string[] } {
  const before = paragraphTokens(lower.slice(Math.max(0, start - 40), start)).slice(-width);
  const after = paragraphTokens(lower.slice(end, end + 40)).slice(0, width);
  return { before, after };
}

/** Kinds of candidate, for features that depend on what a span is. */
export type CandidateKind = 'id' | 'quasi' | 'name';
const QUASI: ReadonlySet<Category> = new Set(['DATE', 'AGE', 'LOCATION', 'ROOM', 'ZIP', 'ADDRESS']);
export const kindOf = (category: Category): CandidateKind => (category === 'NAME' ? 'name' : QUASI.has(category) ? 'quasi' : 'id');

/** Spans that identify a patient whatever the story: identifiers, street addresses, and dates or
 *  ages a recogniser found labelled (DOB, "aged 94"), i.e. with a base confidence of 0.9 or more. */
export function identifiesAlone(category: Category, baseConfidence: number): boolean {
  return category === 'ADDRESS' || kindOf(category) === 'id' || ((category === 'DATE' || category === 'AGE') && baseConfidence >= 0.9);
}

/** Identifiers that are patient information by definition once a recogniser is sure of them (HIPAA
 *  Safe Harbor: a Social Security, medical record or health plan number; any identifier written with
 *  its label, "MRN", "member ID", "acct #", "pt's cell", which recognisers score 0.9 or more; a street
 *  address, postcode or ZIP code the same way, which only a label saying it is the patient's lifts that high,
 *  "pt's address:", "patient's zip";
 *  a date labelled as a birth date; a full name written as the patient's, "Patient: Ana Ruiz", "pt John Okafor",
 *  names/detect.ts patientLabel). These warn whatever the learned models say: a policy, not a guess. */
const ALWAYS_PHI: ReadonlySet<Category> = new Set(['SSN', 'MRN', 'PLAN_ID']);
export function warnsAlways(category: Category, baseConfidence: number, features?: Record<string, number>): boolean {
  return (ALWAYS_PHI.has(category) && baseConfidence >= 0.5) || ((kindOf(category) === 'id' || category === 'ADDRESS' || category === 'ZIP') && category !== 'URL' && baseConfidence >= 0.9)
    || (category === 'DATE' && features?.birthLabel === 1) || (category === 'NAME' && features?.patientLabel === 1);
}

/** A well-formed identifier a recogniser holds at 0.5 or more, i.e. one no negative context (a
 *  facility's line, an order or lot number) pulled down: a phone, e-mail, IP, device, account,
 *  licence, vehicle or record number, or a street address. Whose it is, the text may not say; the
 *  sensitivity levels that guard every identifier warn on it all the same. Left out: URLs (most are
 *  an organisation's page) and dates (measured: at high they would cost 11 points of direct and 17
 *  of contextual recall out of source, for 7 points on the identifier vectors). */
export function loneIdentifier(category: Category, baseConfidence: number): boolean {
  return (category === 'ADDRESS' || (kindOf(category) === 'id' && category !== 'URL')) && baseConfidence >= 0.5;
}

/** A date that carries its year: "March 3, 1962", "03/14/62", "1962-03-14". */
const WITH_YEAR = /(?<!\d)(?:1[89]|20)\d\d(?!\d)|^\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}(?:$|\D)/;

/** Spans shown as notices when the post does not warn: the lone identifiers above, ZIP codes, and
 *  dates with their year, each held at 0.5 or more by its recogniser (Safe Harbor counts a ZIP code
 *  and every element of a date but the year as identifiers, whoever's they are). Weekdays, "6/9" and
 *  thread counters carry no year and are not marked; a full date on an event post is, faintly. */
export function noticeWorthy(c: Candidate, paragraph: string): boolean {
  if (loneIdentifier(c.category, c.confidence)) return true;
  if (c.confidence < 0.5) return false;
  return c.category === 'ZIP' || (c.category === 'DATE' && WITH_YEAR.test(paragraph.slice(c.start, c.end)));
}

/** The span model's features that depend only on the paragraph (cached with it). */
export function candidateLocalFeatures(c: Candidate, text: string, lower: string): SparseFeatures {
  const named = new Map<string, number>([
    [`cat:${c.category}`, 1],
    [`rule:${c.ruleId}`, 1],
    ['conf', c.confidence],
    [`conf:${kindOf(c.category)}`, c.confidence],
    ['patientWeight', c.patientWeight],
    ['provider', c.severity === 'provider' ? 1 : 0],
  ]);
  const value = text.slice(c.start, c.end);
  if (/\p{Lu}/u.test(value) === false && c.category === 'NAME') named.set('name:lower', 1);
  if (!/\s/.test(value.trim()) && c.category === 'NAME') named.set('name:single', 1);
  for (const [k, v] of Object.entries(c.features ?? {})) named.set(`f:${k}`, v);
  const hashed = new Map<number, number>();
  const { before, after } = windowTokens(lower, c.start, c.end);
  before.forEach((t) => { const b = hash32(`<${t}`) & (HASH_BUCKETS - 1); hashed.set(b, 1); });
  after.forEach((t) => { const b = hash32(`>${t}`) & (HASH_BUCKETS - 1); hashed.set(b, 1); });
  return { named, hashed };
}

// Feature names made from a prefix and a key, kept: the same few hundred names are made for every candidate,
// and a kept string is found in the weights without being built and hashed again.
const prefixedNames = new Map<string, Map<string, string>>();
function prefixed(prefix: string, key: string): string {
  let names = prefixedNames.get(prefix);
  if (!names) prefixedNames.set(prefix, (names = new Map()));
  let name = names.get(key);
  if (name === undefined) {
    name = prefix + key;
    if (names.size < 4096) names.set(key, name);
  }
  return name;
}

/**
 * logit(model, …candidateLocalFeatures(c, text, lower)) without building the two Maps: the same features,
 * summed in the same order (named in insertion order, then the distinct window buckets in first-seen
 * order), so the result is the same number. Used by paragraph analysis for every candidate; `tokens`:
 * tokensOf(lower), the paragraph's words the windows are read from.
 */
export function candidateLocalLogit(model: LinearModel, c: Candidate, text: string, lower: string, tokens: ParagraphTokens = tokensOf(lower)): number {
  const w = weightsOf(model.named);
  let z = model.bias;
  z += (w.get(prefixed('cat:', c.category)) ?? 0) * 1;
  z += (w.get(prefixed('rule:', c.ruleId)) ?? 0) * 1;
  z += (w.get('conf') ?? 0) * c.confidence;
  z += (w.get(prefixed('conf:', kindOf(c.category))) ?? 0) * c.confidence;
  z += (w.get('patientWeight') ?? 0) * c.patientWeight;
  z += (w.get('provider') ?? 0) * (c.severity === 'provider' ? 1 : 0);
  if (c.category === 'NAME') {
    const value = text.slice(c.start, c.end);
    if (/\p{Lu}/u.test(value) === false) z += (w.get('name:lower') ?? 0) * 1;
    if (!/\s/.test(value.trim())) z += (w.get('name:single') ?? 0) * 1;
  }
  if (c.features) for (const k in c.features) z += (w.get(prefixed('f:', k)) ?? 0) * c.features[k];
  if (model.hashed.length) {
    // windowTokens(lower, c.start, c.end), read where the tokens stand: hash32(`<${t}`) for the last three
    // before the span and hash32(`>${t}`) for the first three after it, each bucket once, in that order.
    const buckets: number[] = [];
    windowWords(tokens, Math.max(0, c.start - 40), c.start, 3, true);
    for (let k = 0; k < wordTokens.count; k++) {
      const b = (fnvShaped(BEFORE_HASH, lower, wordTokens.starts[k], wordTokens.ends[k]) >>> 0) & (HASH_BUCKETS - 1);
      if (!buckets.includes(b)) buckets.push(b);
    }
    windowWords(tokens, c.end, Math.min(lower.length, c.end + 40), 3, false);
    for (let k = 0; k < wordTokens.count; k++) {
      const b = (fnvShaped(AFTER_HASH, lower, wordTokens.starts[k], wordTokens.ends[k]) >>> 0) & (HASH_BUCKETS - 1);
      if (!buckets.includes(b)) buckets.push(b);
    }
    for (const b of buckets) z += (model.hashed[b] ?? 0) * 1;
  }
  return z;
}

export interface PostAggregate {
  counts: Record<CueGroup, number>;
  stats: TextStats;
  /** The post's distinct hashed n-gram buckets, in the order first seen (the post model uses their presence). */
  hashed: number[];
  /** Highest paragraph-level confidence per category. (How many candidates a category has was a feature
   *  too: measured, it only told long posts from short ones.) */
  maxConfidence: Map<Category, number>;
  /** The paragraphs' semantic tallies summed (model/semantic.ts). */
  semantic: SemanticTally;
}

const cap = (x: number) => Math.log1p(x);

/** Whether the text reads as language at all: below this, no story is told (bad input, code, bytes).
 *  Numbers count neither way: a wound-measurement table or a run of lab values pasted into a chat is
 *  mostly numbers between words, and a story may sit beside it; noise is letters that form no words. */
export function isLanguage(stats: TextStats): boolean {
  const judged = stats.tokens - stats.numeric;
  if (stats.codeMarks * 3 > stats.tokens) return false; // minified code, CSS: a brace or ; = every third token
  return judged <= 0 || stats.wordLike / judged >= 0.5;
}

/** The post model's named features, from the post's aggregate. */
export function postNamedFeatures(a: PostAggregate): Map<string, number> {
  const f = new Map<string, number>();
  for (const g of CUE_GROUP_NAMES) if (a.counts[g] && !IN_CONJUNCTIONS_ONLY.has(g)) f.set(prefixed('g:', g), cap(a.counts[g]));
  for (const [cat, conf] of a.maxConfidence) f.set(prefixed('max:', cat), conf);
  const parts = storyPartsOf(a);
  // A story needs its parts together: products let a linear model see the conjunction.
  for (const [name, needs] of CONJUNCTIONS) f.set(name, needs.reduce((x, part) => x * parts[part], 1));
  // An account told to its reader, of care: a reply to a patient's review, a letter to a family.
  f.set('x:episode*clin', Math.min(1, a.counts.youEpisode) * Math.min(1, a.counts.clinical + a.counts.careEvent));
  // Nothing of health or care anywhere: names and links alone (a README's credits) tell no patient's story.
  // Outpatient words count as care here, though not as clinical detail in the conjunctions (measured: as
  // clinical detail they ranked 0.001 lower, leave one source out, quick).
  if (a.counts.clinical + a.counts.outpatient + a.counts.careEvent + a.counts.refThird + a.counts.refSecond === 0) f.set('noCare', 1);
  f.set('len', cap(a.stats.tokens) / 5);
  return f;
}

/** The parts a story is made of, each 0 or 1 for a post. */
export type StoryPart = 'ref' | 'clin' | 'quasi' | 'event';
const QUASI_CATEGORIES: readonly Category[] = ['AGE', 'LOCATION', 'DATE', 'ROOM', 'ADDRESS', 'ZIP'];
/** Whether the post refers to someone: a patient in the third or second person, or a care event. */
export const refersToSomeone = (counts: Record<CueGroup, number>) => Math.min(1, counts.refThird + counts.refSecond + counts.careEvent);
export function storyPartsOf(a: Pick<PostAggregate, 'counts' | 'maxConfidence'>): Record<StoryPart, number> {
  return {
    ref: refersToSomeone(a.counts),
    clin: Math.min(1, a.counts.clinical),
    quasi: QUASI_CATEGORIES.some((c) => a.maxConfidence.has(c)) ? 1 : 0,
    event: Math.min(1, a.counts.event + a.counts.role),
  };
}

/** The post model's conjunctions and the parts each needs (storyEvidence shares a conjunction's weight
 *  among its parts). */
export const CONJUNCTIONS: readonly (readonly [string, readonly StoryPart[]])[] = [
  ['x:ref*clin', ['ref', 'clin']],
  ['x:ref*quasi', ['ref', 'quasi']],
  ['x:clin*quasi', ['clin', 'quasi']],
  ['x:ref*clin*quasi', ['ref', 'clin', 'quasi']],
  ['x:event*clin', ['event', 'clin']],
  ['x:event*ref', ['event', 'ref']],
];

/**
 * Cue groups the post model sees only inside the conjunctions: a reference to someone (refThird,
 * refSecond, careEvent) tells of a patient only beside clinical detail, a quasi-identifier or an event,
 * and its weight alone was learned from how often each writer happens to say "pt" or "your". Dropped in
 * the same change, for the same reason: a greeting and its products, and second person × clinical.
 * Measured (leave one source out, nested, medium):
 * 79.7 / 64.7 / 9.9 -> 82.9 / 69.7 / 9.7, ranking 0.911 -> 0.917.
 */
const IN_CONJUNCTIONS_ONLY: ReadonlySet<CueGroup> = new Set(['refThird', 'refSecond', 'careEvent']);

/** Hashed n-gram presence, scaled so long posts do not outweigh short ones. */
export function postHashedFeatures(a: PostAggregate): Map<number, number> {
  const scale = postHashedScale(a);
  const out = new Map<number, number>();
  for (const b of a.hashed) out.set(b, scale);
  return out;
}

/** The value every present bucket takes in postHashedFeatures. */
export function postHashedScale(a: PostAggregate): number {
  return 1 / Math.sqrt(Math.max(1, a.hashed.length));
}
