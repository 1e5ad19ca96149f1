// npm run eval [-- --sensitivity high] [--verbose]: the detector's figures on the dev corpus.
if (process.argv.includes('--vectors')) { await import('./eval-vectors'); process.exit(0); }
import type { Sensitivity } from '../src/detector';
import { corpusPath, loadCorpus } from './lib/corpus';
import { evaluate, rate, type Ratio } from './lib/evaluate';

const args = process.argv.slice(2);
const sensitivity = (args[args.indexOf('--sensitivity') + 1] ?? 'medium') as Sensitivity;
const verbose = args.includes('--verbose');
const posts = loadCorpus();
if (!posts) {
  console.log(`No corpus at ${corpusPath()}: nothing to evaluate (set PHI_GUARD_CORPUS to a .jsonl file).`);
  process.exit(0);
}
const sens: Sensitivity = ['low', 'medium', 'high'].includes(sensitivity) ? sensitivity : 'medium';
const e = evaluate(posts, { sensitivity: sens });
const pct = (r: Ratio) => `${(rate(r) * 100).toFixed(1).padStart(5)}%  (${r.hit}/${r.total})`;
console.log(`PHI Guard detector on ${posts.length} posts, sensitivity ${sens}\n`);
console.log('Post recall (PHI posts that warn):');
for (const [k, r] of Object.entries(e.postRecall)) console.log(`  ${k.padEnd(14)} ${pct(r)}`);
console.log('False alarms (ok posts that warn):');
for (const [k, r] of Object.entries(e.falseAlarms)) console.log(`  ${k.padEnd(14)} ${pct(r)}`);
const okAll = Object.values(e.falseAlarms).reduce((a, r) => ({ hit: a.hit + r.hit, total: a.total + r.total }), { hit: 0, total: 0 });
console.log(`  ${'all ok posts'.padEnd(14)} ${pct(okAll)}`);
console.log('Span recall by label:');
for (const [k, r] of Object.entries(e.spanRecall).sort((a, b) => b[1].total - a[1].total)) console.log(`  ${k.padEnd(14)} ${pct(r)}`);
console.log(`Precision of findings (overlap a gold span): ${pct(e.findingPrecision)}`);
if (verbose) {
  console.log('\nMissed posts:', e.misses.map((m) => m.id).join(' '));
  console.log('False alarms:');
  for (const a of e.alarms) console.log(`  ${a.id} [${a.kind}] ${a.findings.join(' | ')}`);
  console.log('Missed spans:');
  for (const s of e.missedSpans) console.log(`  ${s.id} ${s.label}: ${s.text}`);
}
