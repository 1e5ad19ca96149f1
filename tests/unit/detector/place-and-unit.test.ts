// A name that is part of a place's name ("Harbor" in "2200 Harbor View Drive", "Luke" in "St. Luke's") and an
// address by the unit it ends with ("Apt 3B" a home, "Suite 300" an office) carry features the span model
// weighs (analyze.ts markNamesWithinPlaces, markAddressUnits). Examples written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeParagraph } from '../../../src/detector/analyze';
import { builtInRules } from '../../../src/detector/rules';

const candidates = (text: string, category: string) =>
  analyzeParagraph(text, builtInRules()).candidates.filter((c) => c.category === category)
    .map((c): Record<string, unknown> => ({ value: text.slice(c.start, c.end), ...c.features }));

describe('a name within a place', () => {
  it('marks a word of a street address and a saint before a hospital', () => {
    const inAddress = candidates('Main campus: 4410 Marlowe Bay Road, Fenwick', 'NAME').filter((f) => f.value === 'Marlowe');
    expect(inAddress.length).toBeGreaterThan(0);
    expect(inAddress.every((f) => f.placeName === 1)).toBe(true);
    const saint = candidates("Grandpa is upstairs at St. Bartholomew's after the fall", 'NAME').filter((f) => f.value === 'Bartholomew');
    expect(saint.length).toBeGreaterThan(0);
    expect(saint.every((f) => f.placeName === 1)).toBe(true);
  });

  it('leaves a name standing alone unmarked', () => {
    const alone = candidates('Marlowe Fenning came back in with the same chest pain', 'NAME');
    expect(alone.length).toBeGreaterThan(0);
    expect(alone.every((f) => !('placeName' in f))).toBe(true);
  });
});

describe('the unit an address ends with', () => {
  it('marks a flat or unit as a home and a suite as an office, whatever the case', () => {
    expect(candidates('dressing change at 731 Quill Ridge Rd apt 4C this afternoon', 'ADDRESS')).toEqual([expect.objectContaining({ value: '731 Quill Ridge Rd apt 4C', homeUnit: 1 })]);
    expect(candidates('she moved to 90 Bramble Ct, Unit 12 last spring', 'ADDRESS')).toEqual([expect.objectContaining({ value: '90 Bramble Ct, Unit 12', homeUnit: 1 })]);
    expect(candidates('our new office is at 2600 Tolland Pkwy, Suite 410', 'ADDRESS')).toEqual([expect.objectContaining({ value: '2600 Tolland Pkwy, Suite 410', officeUnit: 1 })]);
  });

  it('marks neither on an address without a unit', () => {
    const [address] = candidates('the house at 18 Wexley Ln with the blue door', 'ADDRESS');
    expect(address.value).toBe('18 Wexley Ln');
    expect('homeUnit' in address || 'officeUnit' in address).toBe(false);
  });

  it('the shipped span model weighs a home above an office at the same street', () => {
    const logit = (text: string) => {
      const a = analyzeParagraph(text, builtInRules());
      return a.localLogits[a.candidates.findIndex((c) => c.category === 'ADDRESS')];
    };
    expect(logit('we met at 2600 Tolland Pkwy Apt 41')).toBeGreaterThan(logit('we met at 2600 Tolland Pkwy Suite 41'));
  });
});
