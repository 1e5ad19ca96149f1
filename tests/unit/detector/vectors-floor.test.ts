// Other projects' recognizer tests (../shared/reference/identifier-vectors.jsonl): the identifier
// recognisers must not slip below the targets at the default sensitivity (warnings and
// notices both count, as `npm run eval -- --vectors` reports). Skips when the vectors are absent.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VECTORS, loadVectors, scoreVectors, strictFindings, total } from '../../../scripts/lib/vectors';

const vectors = loadVectors();
if (!vectors) console.warn(`identifier-vector tests skipped: ${DEFAULT_VECTORS} is not beside the project`);

describe.skipIf(!vectors)('identifier vectors at the default sensitivity', () => {
  const score = vectors ? scoreVectors(vectors, (text) => strictFindings(text)) : null;
  const rate = (t: { hit: number; total: number }) => t.hit / t.total;
  it('finds at least 75% of the Safe Harbor spans', () => expect(rate(total(score!.recall))).toBeGreaterThanOrEqual(0.75));
  it('raises at most 8% false positives on the negatives', () => expect(rate(total(score!.falsePositives))).toBeLessThanOrEqual(0.08));
});
