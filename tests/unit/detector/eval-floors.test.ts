// Keeps the detector's measured quality from regressing on the dev corpus (../shared/corpus).
// Floors sit a little under the figures measured when they were set, at the targets or
// above; the corpus is optional, so the test skips with a message when it is not beside the project.
import { describe, expect, it } from 'vitest';
import { corpusPath, loadCorpus } from '../../../scripts/lib/corpus';
import { evaluate, rate } from '../../../scripts/lib/evaluate';

const posts = loadCorpus();
if (!posts) console.warn(`eval floors skipped: no corpus at ${corpusPath()}`);

describe.skipIf(!posts)('detector quality on the dev corpus (default sensitivity)', () => {
  const e = posts ? evaluate(posts) : null;

  it('warns on direct PHI posts (target ≥ 0.99)', () => expect(rate(e!.postRecall.direct)).toBeGreaterThanOrEqual(0.99));
  it('warns on contextual PHI posts (target ≥ 0.90)', () => expect(rate(e!.postRecall.contextual)).toBeGreaterThanOrEqual(0.9));
  it('false alarms on at most 5% of ok posts', () => {
    const all = Object.values(e!.falseAlarms).reduce((a, r) => ({ hit: a.hit + r.hit, total: a.total + r.total }), { hit: 0, total: 0 });
    expect(rate(all)).toBeLessThanOrEqual(0.05);
  });
  it.each(['SSN', 'MRN', 'PLAN_ID', 'PHONE', 'EMAIL'])('finds %s spans (target ≥ 0.97)', (label) => {
    expect(rate(e!.spanRecall[label])).toBeGreaterThanOrEqual(0.97);
  });
  // NAME and DATE are below the 0.97 target today (0.96, 0.94); these floors stop them slipping further.
  it('finds NAME spans', () => expect(rate(e!.spanRecall.NAME)).toBeGreaterThanOrEqual(0.95));
  it('finds DATE spans', () => expect(rate(e!.spanRecall.DATE)).toBeGreaterThanOrEqual(0.93));
  it('keeps findings precise', () => expect(rate(e!.findingPrecision)).toBeGreaterThanOrEqual(0.9));
});
