// npx tsx scripts/explain.ts "some text" | --post d047: how the detector reached its verdict — the
// post model's strongest features, every candidate with its span probability, and the findings.
import { analyzeParagraph } from '../src/detector/analyze';
import { scorePost, stackedScore } from '../src/detector/combine';
import { MODEL } from '../src/detector/model';
import { postNamedFeatures } from '../src/detector/model/features';
import { semanticScores } from '../src/detector/knowledge';
import { semanticLogit } from '../src/detector/model/semantic';
import { splitParagraphs } from '../src/detector/paragraphs';
import { builtInRules } from '../src/detector/rules';
import { normalize } from '../src/detector/text/normalize';
import { scan } from '../src/detector/node';
import { loadTrainingPosts } from './lib/corpus';

const args = process.argv.slice(2);
const postId = args[args.indexOf('--post') + 1];
const text = args.includes('--post') ? loadTrainingPosts()?.find((p) => p.id === postId)?.text ?? '' : args.join(' ');
const norm = normalize(text);
const paragraphs = splitParagraphs(norm.text);
const analyses = paragraphs.map((p) => analyzeParagraph(p.text, builtInRules()));
const score = scorePost(paragraphs, analyses);
console.log(text, '\n');
console.log(`post model: ${score.post.toFixed(3)}`);
// The semantic term (model/semantic.ts) counts as one feature: its words' scores averaged.
const contributions = [...postNamedFeatures(score.aggregate)].map(([k, v]) => [k, (MODEL.post.named[k] ?? 0) * v] as const)
  .concat([['semantic', semanticLogit(score.aggregate.semantic, semanticScores())]]).filter(([, c]) => c).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
console.log('  strongest named features:', contributions.slice(0, 12).map(([k, c]) => `${k} ${c > 0 ? '+' : ''}${c.toFixed(2)}`).join(', '));
// The stacked verdict score, as combine() computes it, against the medium threshold.
const stacked = stackedScore(score, score.candidates.filter((c) => !c.ruleId.startsWith('custom.')));
console.log(`  stacked verdict score: ${stacked.toFixed(3)} (medium warns at ${MODEL.operatingPoints.medium.post}; a name alone at ${MODEL.operatingPoints.medium.name ?? '-'})`);
for (const c of score.candidates) console.log(`  span ${c.ruleId.padEnd(22)} ${c.confidence.toFixed(2)} ${JSON.stringify(norm.text.slice(c.start, c.end))}`);
for (const s of ['low', 'medium', 'high'] as const) {
  const r = scan(text, { sensitivity: s });
  console.log(`${s}: ${r.verdict} (risk ${r.risk})`);
  if (s === 'medium') for (const f of r.findings) console.log(`  FIND ${f.category.padEnd(9)} ${f.ruleId.padEnd(20)} ${f.confidence} ${JSON.stringify(text.slice(f.start, f.end))}${f.category === 'STORY' ? ` — ${f.reason}` : ''}`);
}
