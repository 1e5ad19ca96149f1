// npm run eval [-- --sensitivity high] [--verbose] [--quick] [--vectors | --invented | --heldout | --prose]
// The detector's figures, measured on what was not used to fit it: leave one source out.
// The corpora are grouped by source (the id prefix: d = dev, t1…t8 = the train2 writers). For each
// source, both models are fitted on the other sources only, the operating points are chosen on
// out-of-source predictions within those other sources (nested), and the left-out source is scored.
// The invented posts (scripts/data/invented/, sources i1…) are always on the training side: they are
// never scored as a left-out source, so every figure printed as evidence is on corpus posts.
// --vectors scores ../shared/reference/identifier-vectors.jsonl instead (scripts/eval-vectors.ts).
// --invented leaves each invented writer out in turn instead (scripts/eval-invented.ts).
// --heldout scores the shipped detector on scripts/data/heldout/, never trained on (scripts/eval-heldout.ts).
// --prose counts the warnings on the installed packages' READMEs, prose that is nobody's PHI (scripts/eval-prose.ts).
// --verbose prints each fold's operating point and the posts it gets wrong.
// --quick picks the operating points from the outer predictions instead (faster, slightly optimistic).
// Training figures (the shipped model on the posts it was fitted on) follow, labelled: not evidence.
import type { OperatingPoint } from '../src/detector/model';
import type { Sensitivity } from '../src/detector';
import { loadTrainingPosts } from './lib/corpus';
import { evaluate, rate, type Ratio } from './lib/evaluate';
import {
  decision, featurise, fitModels, isInventedSource, outOfSourcePredictions, predict, rates, sourceOf, stackScore, warns, type Decision,
  type PostExample, type Prediction, type Rates,
} from './lib/train-lib';

if (process.argv.includes('--vectors')) {
  // The identifier-vector evaluation lives in its own script.
  await import('./eval-vectors');
} else if (process.argv.includes('--heldout')) {
  // And the shipped detector on the held-out posts, which nothing is fitted on.
  await import('./eval-heldout');
} else if (process.argv.includes('--invented')) {
  // So does the second held-out view, each invented writer left out.
  await import('./eval-invented');
} else if (process.argv.includes('--prose')) {
  // And the false alarms on prose that is nobody's health information.
  await import('./eval-prose');
} else {
  await main();
}

async function main() {
  const args = process.argv.slice(2);
  const sensArg = args[args.indexOf('--sensitivity') + 1] as Sensitivity;
  const sensitivity: Sensitivity = ['low', 'medium', 'high'].includes(sensArg) ? sensArg : 'medium';
  const verbose = args.includes('--verbose');
  const quick = args.includes('--quick');
  const posts = loadTrainingPosts();
  if (!posts) {
    console.log('No corpus beside the project (../shared/corpus/dev.jsonl, train2.jsonl): nothing to evaluate.');
    return;
  }
  const started = performance.now();
  const examples = posts.map(featurise);
  const sources = [...new Set(examples.map((e) => e.source))].filter((s) => !isInventedSource(s));
  const invented = examples.filter((e) => isInventedSource(e.source)).length;
  const pct = (x: number) => (Number.isNaN(x) ? '    -' : `${(x * 100).toFixed(1).padStart(5)}`);

  console.log(`Leave-one-source-out, sensitivity ${sensitivity} (${quick ? 'operating points from outer predictions' : 'nested: operating points chosen without the left-out source'})\n`);
  console.log('source  posts  direct  contextual  false-alarms   (n direct / contextual / ok)');
  const rows: Rates[] = [];
  const aucs: number[] = [];
  const outer: Prediction[] = new Array(examples.length);
  const quickDecision = quick ? decision(examples, outOfSourcePredictions(examples)) : null;
  for (const source of sources) {
    const train = examples.filter((e) => e.source !== source);
    const held = examples.filter((e) => e.source === source);
    const models = fitModels(train);
    const preds = predict(models, held);
    const d: Decision = quickDecision ?? decision(train, outOfSourcePredictions(train));
    const point: OperatingPoint = d.operatingPoints[sensitivity];
    const r = rates(held, preds, point, d.stack);
    rows.push(r);
    aucs.push(rankingAuc(held, preds, d));
    held.forEach((e, i) => { outer[examples.indexOf(e)] = preds[i]; });
    console.log(`${source.padEnd(6)} ${String(held.length).padStart(5)}   ${pct(r.direct)}       ${pct(r.contextual)}         ${pct(r.falseAlarms)}   (${r.counts.direct}/${r.counts.contextual}/${r.counts.ok})`);
    if (verbose) {
      // The fold's own operating point: retrainings move it, and with it the figures (see docs/architecture.md).
      console.log(`    operating point: post ${point.post.toFixed(3)}, identifier ${point.identifier.toFixed(3)}, name ${point.name?.toFixed(3) ?? 'none'}`);
      explainFold(held, preds, point, d);
    }
  }
  const mean = (k: 'direct' | 'contextual' | 'falseAlarms') => {
    const xs = rows.map((r) => r[k]).filter((x) => !Number.isNaN(x));
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  };
  const worst = (k: 'direct' | 'contextual' | 'falseAlarms', pick: (a: number, b: number) => number) =>
    rows.map((r) => r[k]).filter((x) => !Number.isNaN(x)).reduce((a, b) => pick(a, b));
  console.log(`${'mean'.padEnd(6)}         ${pct(mean('direct'))}       ${pct(mean('contextual'))}         ${pct(mean('falseAlarms'))}`);
  console.log(`${'worst'.padEnd(6)}         ${pct(worst('direct', Math.min))}       ${pct(worst('contextual', Math.min))}         ${pct(worst('falseAlarms', Math.max))}`);

  console.log(`\nRanking, free of the operating point (the chance that a patient post scores above an ok post of the same
source; a label that warns by policy ranks first): ${sources.map((s, i) => `${s} ${aucs[i].toFixed(3)}`).join(', ')}; mean ${(aucs.reduce((a, b) => a + b, 0) / aucs.length).toFixed(3)}`);

  console.log('\nTRAINING FIGURES — the shipped model on the posts it was fitted on. Not evidence of generalisation:');
  for (const source of sources) {
    const sub = posts.filter((p) => sourceOf(p.id) === source);
    const e = evaluate(sub, { sensitivity });
    const sum = (m: Record<string, Ratio>, keys?: string[]) => Object.entries(m).filter(([k]) => !keys || keys.includes(k)).reduce((a, [, r]) => ({ hit: a.hit + r.hit, total: a.total + r.total }), { hit: 0, total: 0 });
    const direct = sum(e.postRecall, ['direct']);
    const contextual = sum(e.postRecall, ['contextual']);
    console.log(`  ${source.padEnd(4)} direct ${pct(rate(direct))}  contextual ${pct(rate(contextual))}  false alarms ${pct(rate(sum(e.falseAlarms)))}`);
  }
  const all = evaluate(posts.filter((p) => !isInventedSource(sourceOf(p.id))), { sensitivity });
  console.log('  span recall by label (training):', Object.entries(all.spanRecall).sort((a, b) => b[1].total - a[1].total).map(([k, r]) => `${k} ${pct(rate(r)).trim()}%`).join(', '));
  console.log(`\n${examples.length - invented} corpus posts in ${sources.length} sources, plus ${invented} invented posts on the training side of every fold; ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** ROC AUC of the stacked score (1 when a span warns by policy) between the source's patient and ok posts. */
function rankingAuc(held: PostExample[], preds: Prediction[], d: Decision): number {
  const scoreOf = (i: number) => (preds[i].certain ? 1 : stackScore(d.stack, preds[i]));
  const phi = held.flatMap((e, i) => (e.post.phi ? [scoreOf(i)] : []));
  const ok = held.flatMap((e, i) => (e.post.phi ? [] : [scoreOf(i)]));
  let wins = 0;
  for (const a of phi) for (const b of ok) wins += a > b ? 1 : a === b ? 0.5 : 0;
  return wins / (phi.length * ok.length);
}

function explainFold(held: PostExample[], preds: Prediction[], point: OperatingPoint, d: Decision) {
  held.forEach((e, i) => {
    const warned = warns(preds[i], point, d.stack);
    if (warned === e.post.phi) return;
    const top = Math.max(0, ...preds[i].spans).toFixed(2);
    console.log(`    ${warned ? 'FALSE ALARM' : 'MISSED     '} ${e.post.id} [${e.post.kind}] post ${preds[i].post.toFixed(2)} span ${top}: ${e.post.text.slice(0, 110).replace(/\n/g, ' ')}`);
  });
}
