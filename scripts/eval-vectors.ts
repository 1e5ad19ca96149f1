// npm run eval -- --vectors [--verbose] [--sensitivity high]: the identifier recognisers on other
// projects' test vectors (see scripts/lib/vectors.ts for which vectors count and how the strict and
// lenient figures differ). Strict is reported at the chosen sensitivity (default medium).
import type { Sensitivity } from '../src/detector';
import { DEFAULT_VECTORS, candidateFindings, loadVectors, scoreVectors, strictFindings, total, type Tally } from './lib/vectors';

const verbose = process.argv.includes('--verbose');
const sensArg = process.argv[process.argv.indexOf('--sensitivity') + 1];
const sensitivity: Sensitivity = sensArg === 'low' || sensArg === 'high' ? sensArg : 'medium';
const vectors = loadVectors();
if (!vectors) {
  console.log(`No identifier vectors at ${DEFAULT_VECTORS}: nothing to evaluate (set PHI_GUARD_VECTORS to a .jsonl file).`);
} else {
  const strict = scoreVectors(vectors, (text) => strictFindings(text, sensitivity));
  const warned = scoreVectors(vectors, (text) => strictFindings(text, sensitivity, true));
  const lenient = scoreVectors(vectors, candidateFindings);
  const pct = (t: Tally | undefined) => (t && t.total ? `${((t.hit / t.total) * 100).toFixed(1).padStart(5)}%` : '    -');
  const cell = (t: Tally | undefined) => `${pct(t)} ${`(${t?.hit ?? 0}/${t?.total ?? 0})`.padEnd(10)}`;

  console.log(`Identifier vectors: ${vectors.length} cases from ${new Set(vectors.map((v) => v.source.split(':')[0])).size} projects\n`);
  console.log(`Span recall on the main Safe Harbor cases (strict = a finding, warning or notice, at sensitivity ${sensitivity}):`);
  console.log(`  ${'category'.padEnd(10)} ${'strict'.padEnd(18)} ${'warnings only'.padEnd(18)} lenient (candidate at any confidence)`);
  const labels = Object.keys(strict.recall).sort((a, b) => strict.recall[b].total - strict.recall[a].total);
  for (const k of labels) console.log(`  ${k.padEnd(10)} ${cell(strict.recall[k])} ${cell(warned.recall[k])} ${cell(lenient.recall[k])}`);
  console.log(`  ${'TOTAL'.padEnd(10)} ${cell(total(strict.recall))} ${cell(total(warned.recall))} ${cell(total(lenient.recall))}`);

  console.log('\nFalse positives on the negatives (a finding of a kind the negative rules out):');
  const negLabels = Object.keys(strict.falsePositives).sort((a, b) => strict.falsePositives[b].total - strict.falsePositives[a].total);
  for (const k of negLabels) console.log(`  ${k.padEnd(10)} ${cell(strict.falsePositives[k])} ${cell(warned.falsePositives[k])} ${cell(lenient.falsePositives[k])}`);
  console.log(`  ${'TOTAL'.padEnd(10)} ${cell(total(strict.falsePositives))} ${cell(total(warned.falsePositives))} ${cell(total(lenient.falsePositives))}`);
  console.log('\nTargets (strict): span recall ≥ 75%, false positives ≤ 8%.');

  if (verbose) {
    console.log('\nMissed (strict):');
    for (const v of strict.missed) console.log(`  ${v.phi_label.padEnd(8)} ${JSON.stringify(v.text.slice(v.span![0], v.span![1]))}  in ${JSON.stringify(v.text.slice(0, 120))}`);
    console.log('\nFalse positives (strict):');
    for (const a of strict.alarms) console.log(`  ${a.vector.phi_label.padEnd(8)} ${JSON.stringify(a.vector.text.slice(0, 100))} -> ${a.found.join(' | ')}`);
  }
}
