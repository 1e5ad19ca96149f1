// Worked examples: AP5836727 (takerx.com DEA verification steps), AJ5184279 and AB4523763 (published
// pharmacy-exam exercises); first-letter negatives from Presidio tests/test_medical_license_recognizer.py.
import { dea } from '../../../src/detector/validators/dea';

describe('dea', () => {
  it.each([
    ['AP5836727', 'worked example: 5+3+7 + 2*(8+6+2) = 47'],
    ['AJ5184279', 'exercise answer: 15 + 24 = 39'],
    ['aj5184279', 'lowercase'],
    ['AJ 518427 9', 'spaced'],
    ['F91234563', 'business registrant: second character 9'],
  ])('accepts %s (%s)', (candidate) => {
    expect(dea(candidate)).toBe(true);
  });

  it.each([
    ['AB4523763', 'exercise: sum 41, check should be 1'],
    ['AP5836728', 'check digit changed'],
    ['AP5863727', 'two digits swapped'],
    ['IA2341666', 'I is not a registrant type (Presidio)'],
    ['N92375416', 'N is not a registrant type (Presidio)'],
    ['A15836727', 'second character a digit other than 9'],
    ['AP583672', 'six digits after the letters'],
    ['AP58367270', 'eight digits after the letters'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(dea(candidate)).toBe(false);
  });
});
