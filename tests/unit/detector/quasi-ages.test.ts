// Ages as stories write them (story/quasi.ts): each a candidate AGE span, whatever the verdict.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/detector/candidate';
import { findQuasiIdentifiers } from '../../../src/detector/story/quasi';

const ages = (text: string) => {
  const out: Candidate[] = [];
  findQuasiIdentifiers(text, out);
  return out.filter((c) => c.category === 'AGE').map((c) => text.slice(c.start, c.end));
};

describe('ages in a story', () => {
  it.each([
    ['the ferry captain, 64, was still joking in the trauma bay', '64'],
    ['Rosalind, 96: "bring me the good pudding"', '96'],
    ['the goalkeeper (15) took the worst of it', '15'],
    ['At 89, he still drives himself to dialysis', '89'],
    ['you’re 97 and you just beat pneumonia', '97'],
    ['- 12M: forearm fracture, splinted', '12M'],
    ['an update on the 4y.o. from last week', '4y.o.'],
    ['she was 11 days old when the transport team arrived', '11 days old'],
    ['Seven years old and braver than all of us', 'Seven years old'],
    ['a twenty-three-year-old cyclist', 'twenty-three-year-old'],
    ['el camionero, a sus 74 años, no quería soltar', '74 años'],
    ['Ontem à noite. 79 anos, febre alta, mas sorrindo', '79 anos'],
    ['the twins, ages 6 and 9, were both in the car', '6'],
    ['our sweet lady passed away peacefully overnight at 86, her sons beside her', '86'],
    ['he died on the unit at 47.', '47'],
  ])('finds the age in %j', (text, age) => expect(ages(text)).toContain(age));

  it.each([
    'Rooms 4, 12, and 15 are cleaned and ready',
    'On March 3, 2026, we opened the new wing',
    'hace 20 años que trabajo en urgencias',
    'an old friend stopped by the unit',
    'I am 45 and tired',
    'she died at 7 this morning with her family there',
    'he passed at 14:20, quietly',
    'passed the certification exam at 86%',
  ])('finds no age in %j', (text) => expect(ages(text)).toEqual([]));
});

describe('numbers that are not ages', () => {
  it.each(['call (415)6667777 after six', 'the pilot (415) 666-7777 line', 'Rooms, 140, were full'])('%j', (text) => expect(ages(text)).toEqual([]));
});
