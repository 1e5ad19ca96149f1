// A name right beside a room or bed ("Bed 4 - Hal Brewster", "Mrs. Lund in 14") is read with it: both
// candidates carry a feature the span model weighs (analyze.ts markNamesBesideRooms).
import { describe, expect, it } from 'vitest';
import { analyzeParagraph } from '../../../src/detector/analyze';
import { builtInRules } from '../../../src/detector/rules';

const features = (text: string, category: string) =>
  analyzeParagraph(text, builtInRules()).candidates.filter((c) => c.category === category).map((c) => ({ value: text.slice(c.start, c.end), ...c.features }));

describe('a name beside a room or bed', () => {
  it('marks the name and the room in a board line and after "in"', () => {
    expect(features('Bed 4 - Hal Brewster - sepsis', 'NAME').find((f) => f.value === 'Hal Brewster')).toMatchObject({ roomBeside: 1 });
    expect(features('Bed 4 - Hal Brewster - sepsis', 'ROOM')).toEqual([expect.objectContaining({ value: 'Bed 4', nameBeside: 1 })]);
    expect(features('Mrs. Lund in 14 finally slept', 'NAME')).toEqual([expect.objectContaining({ value: 'Lund', roomBeside: 1 })]);
  });

  it('leaves a name and a room apart in the sentence unmarked', () => {
    const names = features('Hal Brewster brought donuts for the whole unit before the meeting in room 4', 'NAME');
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((f) => !('roomBeside' in f))).toBe(true);
  });

  it('the shipped span model weighs a name beside a bed above the same name alone', () => {
    const logit = (text: string) => {
      const a = analyzeParagraph(text, builtInRules());
      return a.localLogits[a.candidates.findIndex((c) => c.category === 'NAME' && text.slice(c.start, c.end) === 'Hal Brewster')];
    };
    expect(logit('Bed 4 - Hal Brewster - sepsis - vanc/zosyn')).toBeGreaterThan(logit('Hal Brewster - sepsis - vanc/zosyn') + 1);
  });
});
