// "in 7" after a name found by the name readers is a room (story/quasi.ts roomsAfterNames).
import { describe, expect, it } from 'vitest';
import { analyzeParagraph } from '../../../src/detector/analyze';
import { builtInRules } from '../../../src/detector/rules';

const rooms = (text: string) =>
  analyzeParagraph(text, builtInRules()).candidates.filter((c) => c.category === 'ROOM').map((c) => `${c.ruleId}:${text.slice(c.start, c.end)}`);

describe('a room after a name', () => {
  it('reads "in 7" after a first name as the room', () => {
    expect(rooms('Quiet night except Philippa in 9 who kept asking for her dog')).toEqual(['story.room-after-name:9']);
    expect(rooms('Bernadette in 14B pulled her IV again')).toEqual(['story.room-after-name:14B']);
  });

  it('leaves a time, an ordinal, a year, a score and a room the rule already read alone', () => {
    for (const text of ['See you, Maria in 3 weeks!', 'Emma in 5th grade did great', 'Jonas in 2:30 for the meeting', 'Coach Ramirez in 2019 won state', 'Daniel in 3-1 win']) {
      expect(rooms(text), text).toEqual([]);
    }
    expect(rooms('Ugh, Mr. Haddock in 12 is back')).toEqual(['room.number:12']);
  });
});
