// The post model's word-vector features in training, and their folding into the per-word scores the
// extension ships (src/detector/model/semantic.ts says how the two agree).
// The vectors: scripts/data/word-vectors.json (scripts/build-word-vectors.ts names the source).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LinearModel } from '../../src/detector/model/linear';
import { isWordAtom, semanticShare } from '../../src/detector/model/semantic';
import type { SemanticData } from '../../src/detector/knowledge/types';
import { type ParagraphTokens, wordHash } from '../../src/detector/text/tokens';
import type { WordVectorsFile } from '../build-word-vectors';

export const WORD_VECTORS_FILE = resolve(import.meta.dirname, '../data/word-vectors.json');
export const SEMANTIC_PATH = resolve(import.meta.dirname, '../../src/detector/model/semantic.json');

/** Smooth inverse frequency (Arora, Liang and Ma 2017): a word weighs a / (a + its probability), so "the"
 *  counts about 1 % of a rare word. The usual a; the probability from the word's rank by Zipf's law (the
 *  source gives ranks, not counts). */
const SIF_A = 1e-3;
/** Scales the features to about unit size, as the model's other features are, so that one regularisation
 *  suits them all (their median root mean square over the corpora is then about 0.5). */
const FEATURE_SCALE = 1.7;
/** The folded scores are shipped as multiples of a step: the largest score's 1/ZERO_LEVEL. A word's score is
 *  then off by at most half a step, and a post's term, an average over its words, by much less. */
const ZERO_LEVEL = 127;
const LEVELS = 2 * ZERO_LEVEL + 1;

export interface WordVectors {
  dims: number;
  words: string[];
  /** wordHash of a word -> its row. */
  rows: Map<number, number>;
  /** Row-major, dequantised. */
  vectors: Float32Array;
  /** Each row's smooth-inverse-frequency weight. */
  weights: Float32Array;
  functionWords: string[];
  functionHashes: Set<number>;
}

let cached: WordVectors | null = null;

export function loadWordVectors(): WordVectors {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(WORD_VECTORS_FILE, 'utf8')) as WordVectorsFile;
  const words = file.words.split(' ');
  const bytes = new Int8Array(Buffer.from(file.vectors, 'base64'));
  const vectors = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) vectors[i] = bytes[i] * file.scales[i % file.dims];
  const harmonic = Math.log(words.length) + 0.5772;
  const weights = Float32Array.from(words, (_, rank) => SIF_A / (SIF_A + 1 / ((rank + 1) * harmonic)));
  const functionWords = file.functionWords.split(' ');
  cached = {
    dims: file.dims,
    words,
    rows: new Map(words.map((w, i) => [wordHash(w, 0, w.length), i])),
    vectors,
    weights,
    functionWords,
    functionHashes: new Set(functionWords.map((w) => wordHash(w, 0, w.length))),
  };
  return cached;
}

const featureName = (k: number) => `e:${k}`;

/** The post's word-vector features (e:0 …), added to `named`; none when the post does not read as English. */
export function addSemanticFeatures(paragraphs: readonly ParagraphTokens[], named: Map<string, number>, wv = loadWordVectors()): void {
  const sum = new Float64Array(wv.dims);
  let words = 0;
  let functionWords = 0;
  for (const tokens of paragraphs) {
    for (let a = 0; a < tokens.atomCount; a++) {
      if (!isWordAtom(tokens, a)) continue;
      words++;
      const hash = tokens.atomHashes[a];
      if (wv.functionHashes.has(hash)) functionWords++;
      const row = wv.rows.get(hash);
      if (row === undefined) continue;
      const w = wv.weights[row];
      for (let k = 0, at = row * wv.dims; k < wv.dims; k++, at++) sum[k] += w * wv.vectors[at];
    }
  }
  const share = semanticShare(words, functionWords);
  if (!share) return;
  for (let k = 0; k < wv.dims; k++) if (sum[k]) named.set(featureName(k), FEATURE_SCALE * share * sum[k]);
  named.set(SEMANTIC_APPLIES, 1);
}

/** Set (to 1) where the term applies. The model does not learn its weight: centreSemantic sets it. */
export const SEMANTIC_APPLIES = 'e:applies';
const isSemantic = (k: string) => k.startsWith('e:');

/**
 * Fits a post model with the word-vector features centred on the training posts' average, so that an
 * average English post's term is zero, as a post in another language's (which has none) is. Fitted
 * uncentred, the model set English and other-language posts apart by the term's mean, and the intercept
 * of the other-language posts then came from the few of them in training (mostly invented, more of them
 * unsafe than ok): false alarms on the other-language source rose from 15.6 to 24.4 % (nested, medium).
 * The centring is folded back into the weight of SEMANTIC_APPLIES, so the model reads uncentred features.
 */
export function centreSemantic<R extends { named: Map<string, number> }>(rows: readonly R[], fit: (rows: R[]) => LinearModel): LinearModel {
  const mean = new Map<string, number>();
  let applied = 0;
  for (const r of rows) {
    if (!r.named.has(SEMANTIC_APPLIES)) continue;
    applied++;
    for (const [k, v] of r.named) if (isSemantic(k) && k !== SEMANTIC_APPLIES) mean.set(k, (mean.get(k) ?? 0) + v);
  }
  for (const [k, v] of mean) mean.set(k, v / Math.max(1, applied));
  const centred = rows.map((r) => {
    if (!r.named.has(SEMANTIC_APPLIES)) return r;
    const named = new Map<string, number>();
    for (const [k, v] of r.named) if (!isSemantic(k)) named.set(k, v);
    for (const [k, m] of mean) named.set(k, (r.named.get(k) ?? 0) - m);
    return { ...r, named };
  });
  const model = fit(centred);
  let offset = 0;
  for (const [k, m] of mean) offset -= (model.named[k] ?? 0) * m;
  return { ...model, named: { ...model.named, [SEMANTIC_APPLIES]: Math.round(offset * 1e4) / 1e4 } };
}

/** The post model's weights over the vectors (e:0 …), folded into one score per word (quantised; zero left
 *  out). The weights stay in weights.json, inert there: the extension never computes e:k, and adds the
 *  words' scores instead (model/semantic.ts). */
export function foldSemantic(post: LinearModel, wv = loadWordVectors()): SemanticData {
  const weights = Array.from({ length: wv.dims }, (_, k) => post.named[featureName(k)] ?? 0);

  const scores = wv.words.map((_, row) => {
    let dot = 0;
    for (let k = 0; k < wv.dims; k++) dot += weights[k] * wv.vectors[row * wv.dims + k];
    return FEATURE_SCALE * wv.weights[row] * dot;
  });
  const largest = scores.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  const step = largest ? Number((largest / ZERO_LEVEL).toPrecision(4)) : 1;
  const levels: string[][] = Array.from({ length: LEVELS }, () => []);
  wv.words.forEach((word, row) => {
    const level = Math.max(0, Math.min(LEVELS - 1, ZERO_LEVEL + Math.round(scores[row] / step)));
    if (level !== ZERO_LEVEL) levels[level].push(word);
  });
  return { step, zeroLevel: ZERO_LEVEL, offset: post.named[SEMANTIC_APPLIES] ?? 0, functionWords: wv.functionWords.join(' '), levels: levels.map((ws) => ws.sort().join(' ')) };
}
