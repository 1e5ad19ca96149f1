// Places from the gazetteer and the shapes of counties and water bodies. Sentences are invented.
import { describe, expect, it } from 'vitest';
import '../../../src/detector/knowledge/bundled';
import { findPlaces } from '../../../src/detector/knowledge/places';

const found = (s: string, lower = false) => findPlaces(s, lower).map((p) => [s.slice(p.start, p.end), p.kind]);

describe('findPlaces', () => {
  it('finds towns, counties, water, states and countries', () => {
    expect(found('The crew came up from Millbrook at noon.')).toEqual([['Millbrook', 'city']]);
    expect(found('Her kayak tipped over on Lake Tahoe.')).toEqual([['Lake Tahoe', 'water']]);
    expect(found('Booked into Harris County overnight.')).toEqual([['Harris County', 'county']]);
    expect(found('They drove from Tulsa to Denton, Texas.')).toEqual([['Tulsa', 'city'], ['Denton', 'city'], ['Texas', 'state']]);
    expect(found('Flew home from Portugal.')).toEqual([['Portugal', 'country']]);
    expect(found('Rescued near the Pecos River.')).toEqual([['Pecos River', 'water']]);
    expect(found('Grew up in Salt Lake City.')).toEqual([['Salt Lake City', 'city']]);
  });
  it('leaves everyday words and names that are also towns alone', () => {
    expect(found('Hope the shift goes well.')).toEqual([]);
    expect(found('We ordered Buffalo wings.')).toEqual([]);
    expect(found('Austin was asleep by nine.')).toEqual([]);
    expect(found('Georgia Threlkeld signed the form.')).toEqual([]);
    expect(found('The County fair was fun.')).toEqual([]);
  });
  it('reads a month or a weekday after a preposition as a time, though towns share the names', () => {
    expect(found('The rash started in August and cleared by Friday.')).toEqual([]);
    expect(found('Her visit moved to Monday.')).toEqual([]);
  });
  it('takes a word that is a town when the context says place', () => {
    expect(found('Moving to Hope, AR in June.')).toEqual([['Hope', 'city']]);
    expect(found('She lives in Georgia now.')).toEqual([['Georgia', 'state']]);
  });
  it('reads lower-case posts only when asked', () => {
    expect(found('drove down from millbrook today')).toEqual([]);
    expect(found('drove down from millbrook today', true)).toEqual([['millbrook', 'city']]);
  });
});

describe('placeCandidates', () => {
  it('adds gazetteer places as low-confidence LOCATION candidates, only with the knowledge', async () => {
    const { placeCandidates } = await import('../../../src/detector/knowledge/place-candidates');
    const { installKnowledge } = await import('../../../src/detector/knowledge');
    const { PACKAGED_KNOWLEDGE: data } = await import('../../../src/detector/knowledge/packaged');
    const text = 'Her kayak tipped over on Lake Tahoe.';
    const out: import('../../../src/detector/candidate').Candidate[] = [];
    placeCandidates(text, out);
    expect(out.map((c) => [text.slice(c.start, c.end), c.category, c.ruleId, c.confidence])).toEqual([['Lake Tahoe', 'LOCATION', 'place.water', 0.1]]);
    expect(out[0].features).toEqual({ 'place.water': 1, supported: 1 });
    installKnowledge(null);
    const none: typeof out = [];
    placeCandidates(text, none);
    expect(none).toEqual([]);
    installKnowledge(data as never);
  });
});
