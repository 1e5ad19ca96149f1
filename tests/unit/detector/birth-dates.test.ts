import { describe, expect, it } from 'vitest';
import { analyzeParagraph } from '../../../src/detector/analyze';
import { builtInRules } from '../../../src/detector/rules';

const birthLabelled = (line: string) =>
  analyzeParagraph(line, builtInRules()).candidates.filter((c) => c.category === 'DATE' && c.features?.birthLabel === 1).map((c) => line.slice(c.start, c.end));

describe('a date written as a birth date', () => {
  it('is marked where a label (DOB, date of birth, fecha de nacimiento) stands right before it', () => {
    expect(birthLabelled('Resident: Orla Fitzmaurice, DOB 03/17/1939, wing B')).toEqual(['03/17/1939']);
    expect(birthLabelled('fecha de nacimiento: 12/05/1968, alergias ninguna')).toEqual(['12/05/1968']);
  });

  it('is not marked on a line that says the patient is not real (sim chart, practice question, placeholder)', () => {
    for (const line of [
      'Sim lab chart for Thursday: manikin "Mr. Dorsey", DOB 06/30/1951, admitted with chest pain',
      'Practice question 7: a 64-year-old, DOB 02/14/1960, presents with ascites. What is the next step?',
      'use a placeholder record in the training build, DOB 01/15/1975, so nobody searches a real chart',
    ]) expect(birthLabelled(line), line).toEqual([]);
  });
});
