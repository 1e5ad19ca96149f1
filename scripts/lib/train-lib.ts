// Training and leave-one-source-out evaluation of the detector's two models (src/detector/model/).
// Deterministic: full-batch optimisation from zero weights, examples in corpus order, no sampling.
import { analyzeParagraph } from '../../src/detector/analyze';
import { aggregate, stackInputs as runtimeStackInputs, storyParts, type StoryParts } from '../../src/detector/combine';
import type { DetectorModel, OperatingPoint } from '../../src/detector/model';
import {
  candidateLocalFeatures, HASH_BUCKETS, identifiesAlone, loneIdentifier, warnsAlways, isLanguage, kindOf, postHashedFeatures, postNamedFeatures,
} from '../../src/detector/model/features';
import type { LinearModel } from '../../src/detector/model/linear';
import type { CandidateKind } from '../../src/detector/model/features';
import { splitParagraphs } from '../../src/detector/paragraphs';
import { builtInRules } from '../../src/detector/rules';
import { emptyCounts } from '../../src/detector/story/signals';
import type { SemanticData } from '../../src/detector/knowledge/types';
import { normalize } from '../../src/detector/text/normalize';
import { tokensOf } from '../../src/detector/text/tokens';
import type { Category, Sensitivity } from '../../src/detector/types';
import { tableColumnCandidates } from '../../src/detector/tables';
import type { CorpusPost } from './corpus';
import { addSemanticFeatures, centreSemantic, foldSemantic } from './word-vectors';

export interface SpanExample { named: Map<string, number>; hashed: Map<number, number>; label: number; category: Category; start: number; end: number; identifiesAlone: boolean; warnsAlways: boolean; loneIdentifier: boolean }
export interface PostExample {
  post: CorpusPost;
  source: string;
  named: Map<string, number>;
  hashed: Map<number, number>;
  spans: SpanExample[];
  /** What the stacker's conjunctions need: does the post refer to someone, and to health. */
  story: StoryParts;
  /** An identifier labelled by a table's header (tables.ts): warns by policy. */
  tableColumns: boolean;
}

/** The source of a post: its id prefix (`d` dev, `t1`…`t8` the train2 writers, `i1`… the invented posts). */
export const sourceOf = (id: string) => /^([tih]\d+|[a-z]+)/.exec(id)?.[1] ?? id;
/** Invented posts are training data only: never a left-out source whose figures count as evidence. */
/** The writers of the invented and the spent held-out posts: they teach the models, but the stacker and the
 *  operating points are fitted on the corpora only (decision, below). */
export const isInventedSource = (source: string) => /^[ih]\d+$/.test(source);

export function featurise(post: CorpusPost): PostExample {
  const norm = normalize(post.text);
  const paragraphs = splitParagraphs(norm.text);
  const analyses = paragraphs.map((p) => analyzeParagraph(p.text, builtInRules()));
  const agg = aggregate(analyses);
  const language = isLanguage(agg.stats);
  const counts = language ? agg.counts : emptyCounts();
  const named = language ? postNamedFeatures(agg) : new Map<string, number>();
  // The word-vector features (scripts/lib/word-vectors.ts), which the extension has folded into word scores.
  if (language) addSemanticFeatures(paragraphs.map((p) => tokensOf(p.text.toLowerCase())), named);
  const spans: SpanExample[] = [];
  analyses.forEach((a, i) => {
    const p = paragraphs[i];
    const lower = p.text.toLowerCase();
    for (const c of a.candidates) {
      const local = candidateLocalFeatures(c, p.text, lower);
      const start = norm.toOriginal[c.start + p.start];
      const end = norm.toOriginal[c.end + p.start - 1] + 1;
      const label = post.phi && post.spans.some((s) => s.start < end && start < s.end) ? 1 : 0;
      spans.push({ named: local.named, hashed: local.hashed, label, category: c.category, start, end, identifiesAlone: identifiesAlone(c.category, c.confidence), warnsAlways: warnsAlways(c.category, c.confidence, c.features), loneIdentifier: loneIdentifier(c.category, c.confidence) });
    }
  });
  return {
    post,
    source: sourceOf(post.id),
    named,
    hashed: language ? postHashedFeatures(agg) : new Map(),
    spans,
    story: storyParts(counts),
    tableColumns: tableColumnCandidates(norm.text).length > 0,
  };
}

interface Row { idx: Int32Array; val: Float64Array; y: number }

/** Named features seen in training get indices after the hashed buckets. */
function design(rows: { named: Map<string, number>; hashed: Map<number, number>; label: number }[]): { data: Row[]; names: string[] } {
  const index = new Map<string, number>();
  for (const r of rows) for (const k of r.named.keys()) if (!index.has(k)) index.set(k, HASH_BUCKETS + index.size);
  const data = rows.map((r) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [b, v] of r.hashed) { idx.push(b); val.push(v); }
    for (const [k, v] of r.named) if (v) { idx.push(index.get(k)!); val.push(v); }
    return { idx: Int32Array.from(idx), val: Float64Array.from(val), y: r.label };
  });
  return { data, names: [...index.keys()] };
}

export interface FitSettings { l2Named: number; l2Hashed: number; l2Semantic?: number; iterations: number; learningRate: number }
const env = (k: string, d: number) => (process.env[k] ? Number(process.env[k]) : d);
// The post model's hashed n-grams were regularised at 3e-3 until the ninth session; nested leave one source
// out, medium, PH = 1e-2 / 3e-3 / 1e-3 / 3e-4 / 1e-4 / 3e-5 gave ranking 0.928 / 0.929 / 0.931 / 0.934 /
// 0.934 / 0.929 and direct / contextual / false alarms 84.6/72.5/9.2, 85.9/73.0/8.9, 85.5/73.2/8.1,
// 86.6/75.8/8.3, 88.2/73.8/8.9, 84.0/70.4/9.4. Chosen on that same table, so it flatters 3e-4 a little.
// (PN 1e-3 / 1e-4 beside it: 0.931 / 0.933, kept at 3e-4.) The variables override them for such sweeps.
// The word-vector features (scripts/lib/word-vectors.ts) have their own: at PE = 3e-4 / 3e-3 / 3e-2 (quick)
// ranking was 0.947 / 0.947 / 0.944, and the other-language source's 0.925 / 0.932 / 0.936, with false
// alarms there at 17.8 / 13.3 / 13.3 (13.3 without the features): the term, free, took over weight the
// other features carry for all languages. Chosen on that table, 3e-3.
export const POST_FIT: FitSettings = { l2Named: env('PN', 3e-4), l2Hashed: env('PH', 3e-4), l2Semantic: env('PE', 3e-3), iterations: 400, learningRate: 0.1 };
export const SPAN_FIT: FitSettings = { l2Named: env('SN', 1e-4), l2Hashed: env('SH', 1e-3), iterations: 400, learningRate: 0.1 };

/** L2-regularised logistic regression, full-batch Adam from zero: the same data gives the same weights. */
export function fitLogistic(rows: { named: Map<string, number>; hashed: Map<number, number>; label: number }[], s: FitSettings): LinearModel {
  const { data, names } = design(rows);
  const dim = HASH_BUCKETS + names.length;
  const semantic = names.map((k) => k.startsWith('e:'));
  const w = new Float64Array(dim);
  let bias = 0;
  const m = new Float64Array(dim + 1);
  const v = new Float64Array(dim + 1);
  const g = new Float64Array(dim + 1);
  const n = Math.max(1, data.length);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= s.iterations; t++) {
    g.fill(0);
    for (const r of data) {
      let z = bias;
      for (let k = 0; k < r.idx.length; k++) z += w[r.idx[k]] * r.val[k];
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      for (let k = 0; k < r.idx.length; k++) g[r.idx[k]] += err * r.val[k];
      g[dim] += err;
    }
    for (let j = 0; j <= dim; j++) {
      const reg = j === dim ? 0 : j < HASH_BUCKETS ? s.l2Hashed : semantic[j - HASH_BUCKETS] ? (s.l2Semantic ?? s.l2Named) : s.l2Named;
      const grad = g[j] / n + (j === dim ? 0 : reg * w[j]);
      m[j] = b1 * m[j] + (1 - b1) * grad;
      v[j] = b2 * v[j] + (1 - b2) * grad * grad;
      const step = (s.learningRate * (m[j] / (1 - b1 ** t))) / (Math.sqrt(v[j] / (1 - b2 ** t)) + eps);
      if (j === dim) bias -= step;
      else w[j] -= step;
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  // Each model's 4,096 hashed weights are most of the model file, which ships in the content script. At
  // three decimals a weight moves by at most 0.0005, against a median size of about 0.03, and the file
  // is a quarter smaller gzipped. Rounded here, so nested evaluation measures the weights that ship.
  const roundHashed = (x: number) => Math.round(x * 1e3) / 1e3;
  const named: Record<string, number> = {};
  names.forEach((k, i) => { const x = round(w[HASH_BUCKETS + i]); if (x) named[k] = x; });
  const hashed = Array.from(w.subarray(0, HASH_BUCKETS), roundHashed);
  return { bias: round(bias), named, hashed: hashed.some((x) => x) ? hashed : [] };
}

export interface Models { post: LinearModel; span: LinearModel }

export function fitModels(examples: readonly PostExample[]): Models {
  return {
    post: centreSemantic(examples.map((e) => ({ named: e.named, hashed: e.hashed, label: e.post.phi ? 1 : 0 })), (rows) => fitLogistic(rows, POST_FIT)),
    span: fitLogistic(examples.flatMap((e) => e.spans), SPAN_FIT),
  };
}

const score = (m: LinearModel, named: Map<string, number>, hashed: Map<number, number>) => {
  let z = m.bias;
  for (const [k, v] of named) z += (m.named[k] ?? 0) * v;
  if (m.hashed.length) for (const [b, v] of hashed) z += m.hashed[b] * v;
  return 1 / (1 + Math.exp(-z));
};

export interface Prediction { story: StoryParts; post: number; spans: number[]; kinds: CandidateKind[]; /** A span that warns by policy. */ certain: boolean; /** A well-formed identifier (warns where every identifier does). */ lone: boolean; /** The most confident identifier span (SSN, MRN, phone …). */ identifier: number; /** The most probable name span. */ name: number }

export function predict(models: Models, examples: readonly PostExample[]): Prediction[] {
  return examples.map((e) => ({
    story: e.story,
    post: e.named.size || e.hashed.size ? score(models.post, e.named, e.hashed) : 0,
    ...spanPredictions(models, e),
  }));
}

function spanPredictions(models: Models, e: PostExample) {
  const spans = e.spans.map((s) => score(models.span, s.named, s.hashed));
  const identifier = spans.reduce((m, p, i) => (e.spans[i].identifiesAlone ? Math.max(m, p) : m), 0);
  const name = spans.reduce((m, p, i) => (e.spans[i].category === 'NAME' ? Math.max(m, p) : m), 0);
  return { spans, identifier, name, kinds: e.spans.map((s) => kindOf(s.category)), certain: e.tableColumns || e.spans.some((s) => s.warnsAlways), lone: e.spans.some((s) => s.loneIdentifier) };
}

// Chosen on leave-one-source-out predictions, whose ok posts are half deliberately hard negatives.
// At 3% the model's out-of-source recall is 44% direct / 25% contextual (measured), below what a
// guard must catch by default, so medium sits at 8%; low is the strict 3% point.
export const FALSE_ALARM_TARGETS: Record<Sensitivity, number> = { low: 0.03, medium: 0.08, high: 0.15 };

/** The stacker's inputs: how sure the post model is, the most confident span, how many are likely. */
const stackInputs = (p: Prediction) => runtimeStackInputs(p.post, p.spans.map((x, i) => ({ p: x, kind: p.kinds[i] })), p.story);

/** Stacker: one small logistic model over the two models' held-out outputs decides the verdict. */
export function fitStacker(examples: readonly PostExample[], preds: readonly Prediction[]): LinearModel {
  return fitLogistic(examples.map((e, i) => ({ named: stackInputs(preds[i]), hashed: new Map(), label: e.post.phi ? 1 : 0 })), STACK_FIT);
}
export const STACK_FIT: FitSettings = { l2Named: 1e-4, l2Hashed: 0, iterations: 500, learningRate: 0.05 };

export const stackScore = (stack: LinearModel, p: Prediction) => score(stack, stackInputs(p), new Map());
/** A post warns when the stacked score reaches the post threshold, when an identifier span (which
 *  identifies whatever the story) reaches the identifier threshold, or when a name span reaches the
 *  name threshold (a name is a direct identifier; the span model has weighed its cue and the post). */
export const warns = (p: Prediction, op: OperatingPoint, stack: LinearModel) => p.certain || (!!op.loneIdentifiers && p.lone) || stackScore(stack, p) >= op.post || p.identifier >= op.identifier || p.name >= (op.name ?? 1.01);

/** The verdict threshold with the best mean of direct and contextual recall whose false-alarm rate on
 *  these (held-out) predictions stays within the target; the span threshold maximises span F1. */
export function chooseOperatingPoint(examples: readonly PostExample[], preds: readonly Prediction[], stack: LinearModel, target: number, loneIdentifiers = false): OperatingPoint {
  const quantiles = (xs: number[]) => {
    const sorted = [...new Set(xs.map((x) => Math.round(x * 1000) / 1000))].sort((a, b) => a - b);
    const step = Math.max(1, Math.floor(sorted.length / 100));
    return [...sorted.filter((_, i) => i % step === 0), 1.01];
  };
  const stacked = Float64Array.from(preds, (p) => stackScore(stack, p));
  const ids = Float64Array.from(preds, (p) => p.identifier);
  const certain = preds.map((p) => p.certain || (loneIdentifiers && p.lone));
  const kinds = examples.map((e) => (e.post.phi ? (e.post.kind === 'contextual' ? 1 : 0) : 2));
  const totals = [0, 0, 0];
  for (const k of kinds) totals[k]++;
  const postTs = quantiles([...stacked]);
  const idTs = quantiles([...ids].filter((x) => x > 0));
  const names = Float64Array.from(preds, (p) => p.name);
  // Names: about 20 candidate thresholds among the probable ones (a third search dimension is costly).
  const nameQuantiles = quantiles([...names].filter((x) => x >= 0.5));
  const nameTs = [...nameQuantiles.filter((_, i) => i % Math.max(1, Math.floor(nameQuantiles.length / 20)) === 0), 1.01];
  let best = { post: 1.01, identifier: 1.01, name: 1.01 };
  let bestRecall = -1;
  // The posts in falling order of stacked score: for one name and identifier threshold, the posts those
  // leave unwarned are warned by a post threshold exactly when their stacked score reaches it, so one sweep
  // down the scores counts the hits at every post threshold (instead of a pass over the posts for each).
  const byStacked = Array.from(stacked.keys()).sort((a, b) => stacked[b] - stacked[a]);
  // Hits by kind at every post threshold, one array per name and identifier threshold (index n * idTs.length + d).
  const hitsByPair: Int32Array[] = [];
  for (let n = 0; n < nameTs.length; n++) {
    for (let d = 0; d < idTs.length; d++) {
      const hitsAt = new Int32Array(postTs.length * 3);
      const base = [0, 0, 0];
      const rest: number[] = [];
      for (const i of byStacked) {
        if (certain[i] || ids[i] >= idTs[d] || names[i] >= nameTs[n]) base[kinds[i]]++;
        else rest.push(i);
      }
      let r = 0;
      const counted = [0, 0, 0];
      for (let t = postTs.length - 1; t >= 0; t--) {
        while (r < rest.length && stacked[rest[r]] >= postTs[t]) counted[kinds[rest[r++]]]++;
        for (let k = 0; k < 3; k++) hitsAt[t * 3 + k] = base[k] + counted[k];
      }
      hitsByPair.push(hitsAt);
    }
  }
  // The same order of search as ever (name, then post, then identifier threshold), so ties resolve as before.
  for (let n = 0; n < nameTs.length; n++) {
    for (let t = 0; t < postTs.length; t++) {
      for (let d = 0; d < idTs.length; d++) {
        const hits = hitsByPair[n * idTs.length + d];
        const falseAlarms = totals[2] ? hits[t * 3 + 2] / totals[2] : 0;
        const balanced = (totals[0] ? hits[t * 3] / totals[0] : 0) + (totals[1] ? hits[t * 3 + 1] / totals[1] : 0);
        if (falseAlarms <= target && balanced > bestRecall + 1e-9) {
          bestRecall = balanced;
          best = { post: postTs[t], identifier: idTs[d], name: nameTs[n] };
        }
      }
    }
  }
  const { name, ...rest } = best;
  return { ...rest, ...(name <= 1 ? { name } : {}), span: spanThreshold(examples, preds), ...(loneIdentifiers ? { loneIdentifiers } : {}) };
}

function spanThreshold(examples: readonly PostExample[], preds: readonly Prediction[]): number {
  const pairs: [number, number][] = [];
  examples.forEach((e, i) => e.spans.forEach((s, j) => pairs.push([preds[i].spans[j], s.label])));
  pairs.sort((a, b) => b[0] - a[0]);
  const positives = pairs.reduce((n, [, y]) => n + y, 0);
  let tp = 0;
  let best = { f1: -1, t: 0.5 };
  pairs.forEach(([p, y], k) => {
    tp += y;
    const f1 = (2 * tp) / (k + 1 + positives);
    if (f1 > best.f1 && (k + 1 === pairs.length || pairs[k + 1][0] < p)) best = { f1, t: Math.round(p * 1000) / 1000 };
  });
  return best.t;
}

export interface Rates { direct: number; contextual: number; falseAlarms: number; balanced: number; counts: { direct: number; contextual: number; ok: number } }

export function rates(examples: readonly PostExample[], preds: readonly Prediction[], op: OperatingPoint, stack: LinearModel): Rates {
  const hit = { direct: 0, contextual: 0, ok: 0 };
  const total = { direct: 0, contextual: 0, ok: 0 };
  examples.forEach((e, i) => {
    const kind = e.post.phi ? (e.post.kind === 'contextual' ? 'contextual' : 'direct') : 'ok';
    total[kind]++;
    if (warns(preds[i], op, stack)) hit[kind]++;
  });
  const r = (k: keyof typeof hit) => (total[k] ? hit[k] / total[k] : NaN);
  const direct = r('direct');
  const contextual = r('contextual');
  const balanced = (Number.isNaN(direct) ? 0 : direct) + (Number.isNaN(contextual) ? 0 : contextual);
  return { direct, contextual, falseAlarms: r('ok'), balanced, counts: total };
}

/** Predictions for every example from models that never saw its source. */
export function outOfSourcePredictions(examples: readonly PostExample[]): Prediction[] {
  const preds: Prediction[] = new Array(examples.length);
  for (const source of [...new Set(examples.map((e) => e.source))]) {
    const train = examples.filter((e) => e.source !== source);
    const models = fitModels(train);
    const heldIdx = examples.map((e, i) => (e.source === source ? i : -1)).filter((i) => i >= 0);
    const p = predict(models, heldIdx.map((i) => examples[i]));
    heldIdx.forEach((i, k) => { preds[i] = p[k]; });
  }
  return preds;
}

export interface Decision { stack: LinearModel; operatingPoints: Record<Sensitivity, OperatingPoint> }

export function decision(allExamples: readonly PostExample[], allPreds: readonly Prediction[]): Decision {
  // The stacker and the operating points calibrate the models to the posts people write, so they are fitted
  // on corpus posts only: the invented posts teach the two models, but their mix of easy and hard posts is
  // ours, and thresholds chosen on it would not hold the false-alarm targets on the corpora.
  const corpus = allExamples.flatMap((e, i) => (isInventedSource(e.source) ? [] : [i]));
  const examples = corpus.map((i) => allExamples[i]);
  const preds = corpus.map((i) => allPreds[i]);
  const stack = fitStacker(examples, preds);
  const medium = chooseOperatingPoint(examples, preds, stack, FALSE_ALARM_TARGETS.medium);
  return {
    stack,
    operatingPoints: {
      low: nested(chooseOperatingPoint(examples, preds, stack, FALSE_ALARM_TARGETS.low), medium, Math.max),
      medium,
      // High guards every well-formed identifier, whoever's it is, as a DLP suite would. Measured
      // (leave-one-source-out, quick): it costs high 0.7 points of direct and 5.5 of contextual
      // recall; at medium it would cost 31 and 50, since the corpora's ok posts carry many
      // identifiers (a clinic's line, a ticket number) whose context is not always negative.
      high: nested(chooseOperatingPoint(examples, preds, stack, FALSE_ALARM_TARGETS.high, true), medium, Math.min),
    },
  };
}

/**
 * A level's point made to hold its neighbour's: each threshold of `point` no lower (low: Math.max) or no
 * higher (high: Math.min) than medium's, so a higher sensitivity never warns on fewer posts. Each level is
 * chosen on its own first; this moves a threshold only where the searches disagreed (the fourteenth
 * session's high had its identifier threshold at 0.988 against medium's 0.979). Constraining the search
 * instead made it settle elsewhere: the held-out posts' contextual recall at high fell 0.675 -> 0.610.
 */
function nested(point: OperatingPoint, medium: OperatingPoint, pick: (a: number, b: number) => number): OperatingPoint {
  const name = pick(point.name ?? 1.01, medium.name ?? 1.01);
  const { name: _, ...rest } = point;
  return { ...rest, post: pick(point.post, medium.post), identifier: pick(point.identifier, medium.identifier), ...(name <= 1 ? { name } : {}) };
}

/** The shipped model: both models fitted on every source, operating points from out-of-source predictions;
 *  and the post model's word-vector weights folded into the word scores that ship with the knowledge. */
export function trainDetectorModel(examples: readonly PostExample[]): { model: DetectorModel; semantic: SemanticData } {
  const models = fitModels(examples);
  const preds = outOfSourcePredictions(examples);
  return { model: { version: 1, ...models, ...decision(examples, preds) }, semantic: foldSemantic(models.post) };
}
