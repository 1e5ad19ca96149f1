// npm run explain -- "some text" | --post d047: shows how the detector reached its verdict
// (paragraph candidates before thresholds, story signals, patient context, findings).
import { analyzeParagraph } from '../src/detector/analyze';
import { mergeSignals, patientContext } from '../src/detector/context';
import { splitParagraphs } from '../src/detector/paragraphs';
import { builtInRules } from '../src/detector/rules';
import { scoreStory } from '../src/detector/story/score';
import { normalize } from '../src/detector/text/normalize';
import { scan } from '../src/detector';
import { loadCorpus } from './lib/corpus';

const args = process.argv.slice(2);
const postId = args[args.indexOf('--post') + 1];
const text = args.includes('--post') ? loadCorpus()?.find((p) => p.id === postId)?.text ?? '' : args.join(' ');
const norm = normalize(text);
const paragraphs = splitParagraphs(norm.text);
const analyses = paragraphs.map((p) => analyzeParagraph(p.text, builtInRules()));
const signals = mergeSignals(analyses.map((a) => a.signals), paragraphs.map((p) => p.start));
console.log(text, '\n');
console.log('signals', JSON.stringify(signals));
const all = analyses.flatMap((a, i) => a.candidates.map((c) => ({ ...c, start: c.start + paragraphs[i].start, end: c.end + paragraphs[i].start })));
console.log('patient context', patientContext(signals, all.filter((c) => c.ruleId.startsWith('name.') && c.confidence >= 0.6).length).toFixed(2));
console.log('story', scoreStory(signals, all, norm.text));
for (const c of all) console.log(`  cand ${c.ruleId.padEnd(20)} ${c.confidence.toFixed(2)} w${c.patientWeight} ${JSON.stringify(norm.text.slice(c.start, c.end))}`);
for (const f of scan(text).findings) console.log(`  FIND ${f.category.padEnd(9)} ${f.ruleId.padEnd(20)} ${f.confidence} ${JSON.stringify(text.slice(f.start, f.end))}`);
