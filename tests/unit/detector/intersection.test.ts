// Two streets that meet are a place a story happens at (story/quasi.ts intersections). Sentences invented.
import { describe, expect, it } from 'vitest';
import { analyzeParagraph } from '../../../src/detector/analyze';
import { builtInRules } from '../../../src/detector/rules';

const corners = (text: string) =>
  analyzeParagraph(text, builtInRules()).candidates.filter((c) => c.ruleId === 'story.intersection').map((c) => text.slice(c.start, c.end));

describe('an intersection', () => {
  it('reads two streets after "corner of", "intersection of" or "at"', () => {
    expect(corners('Engine 4 went to the corner of Larch and 9th Street for a man down.')).toEqual(['Larch and 9th Street']);
    expect(corners('the rollover at the intersection of Route 12 & Quarry Rd. last night')).toEqual(['Route 12 & Quarry Rd']);
    expect(corners('both drivers from the crash at Juniper and 3rd are here')).toEqual(['Juniper and 3rd']);
    expect(corners('pileup at Fenwick Ave and Sloan St this morning')).toEqual(['Fenwick Ave and Sloan St']);
  });

  it('needs an ordinal or a street type after "at"', () => {
    expect(corners('we met at Grace and Joe’s wedding')).toEqual([]);
    expect(corners('dinner at Ruth and Anton tonight')).toEqual([]);
  });
});
