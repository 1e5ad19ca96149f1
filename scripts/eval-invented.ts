// npm run eval -- --invented [--sensitivity low|high] [--verbose]
// A second held-out view: each invented writer (scripts/data/invented/, i1…) left out in turn. Its posts
// are scored by models fitted on the corpora and the other invented writers, at the operating points of
// the shipped decision (stacker and thresholds fitted on corpus posts' out-of-source predictions, as
// `npm run train` does). The registers differ from the corpora's (news and health-system pages, other
// languages, long posts), so this tells how the detector carries to kinds of post it has little of.
// Also printed: the same posts scored by models fitted on the corpora alone (today's recognisers, no
// invented post in training): what the invented posts add, measured on posts none of those models saw.
// --verbose lists each left-out writer's misses and false alarms (id, stacked score, the post's opening).
import type { Sensitivity } from '../src/detector';
import { loadTrainingCorpora } from './lib/corpus';
import { loadInvented } from './lib/invented';
import { decision, featurise, fitModels, outOfSourcePredictions, predict, rates, stackScore, warns, type PostExample, type Prediction } from './lib/train-lib';

const args = process.argv.slice(2);
const sensArg = args[args.indexOf('--sensitivity') + 1] as Sensitivity;
const sensitivity: Sensitivity = ['low', 'medium', 'high'].includes(sensArg) ? sensArg : 'medium';
const verbose = args.includes('--verbose');
const corpora = loadTrainingCorpora();
const invented = loadInvented();
if (!corpora || !invented.length) {
  console.log('Needs the corpora beside the project (../shared/corpus) and the invented posts: nothing to evaluate.');
} else {
  const started = performance.now();
  const corpus = corpora.map(featurise);
  const inv = invented.map(featurise);
  const writers = [...new Set(inv.map((e) => e.source))];
  const pct = (x: number) => (Number.isNaN(x) ? '    -' : (x * 100).toFixed(1).padStart(5));
  const table = (title: string, scoreWriter: (w: string, held: PostExample[]) => Prediction[], d: ReturnType<typeof decision>, listErrors = false) => {
    console.log(`\n${title}\nwriter posts  direct  contextual  false-alarms   (n direct / contextual / ok)`);
    const all: { e: PostExample; p: Prediction }[] = [];
    for (const w of writers) {
      const held = inv.filter((e) => e.source === w);
      const preds = scoreWriter(w, held);
      const r = rates(held, preds, d.operatingPoints[sensitivity], d.stack);
      held.forEach((e, i) => all.push({ e, p: preds[i] }));
      console.log(`${w.padEnd(6)} ${String(held.length).padStart(5)}   ${pct(r.direct)}       ${pct(r.contextual)}         ${pct(r.falseAlarms)}   (${r.counts.direct}/${r.counts.contextual}/${r.counts.ok})`);
      if (listErrors) {
        held.forEach((e, i) => {
          if (warns(preds[i], d.operatingPoints[sensitivity], d.stack) === e.post.phi) return;
          const what = e.post.phi ? `missed ${e.post.kind}` : 'false alarm';
          console.log(`    ${what.padEnd(17)} ${e.post.id} ${stackScore(d.stack, preds[i]).toFixed(2)} ${JSON.stringify(e.post.text.slice(0, 110))}`);
        });
      }
    }
    const r = rates(all.map((x) => x.e), all.map((x) => x.p), d.operatingPoints[sensitivity], d.stack);
    console.log(`${'all'.padEnd(6)} ${String(all.length).padStart(5)}   ${pct(r.direct)}       ${pct(r.contextual)}         ${pct(r.falseAlarms)}`);
  };
  const pool = [...corpus, ...inv];
  table(`Each invented writer left out (sensitivity ${sensitivity}; models fitted on the corpora and the other writers)`,
    (w, held) => predict(fitModels(pool.filter((e) => e.source !== w)), held), decision(pool, outOfSourcePredictions(pool)), verbose);
  const corpusOnly = fitModels(corpus);
  table('The same posts, models fitted on the corpora alone (none of the invented posts seen)',
    (_, held) => predict(corpusOnly, held), decision(corpus, outOfSourcePredictions(corpus)));
  console.log(`\n${inv.length} invented posts, ${writers.length} writers; ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
