// Vectors from Presidio tests/test_au_medicare_recognizer.py.
import { auMedicare } from '../../../src/detector/validators/auMedicare';

describe('auMedicare', () => {
  it.each([
    ['2123 45670 1', 'Presidio, card layout'],
    ['2123456701', 'Presidio, unspaced'],
    ['2123 45670 1 2', 'with the individual reference number'],
  ])('accepts %s (%s)', (candidate) => {
    expect(auMedicare(candidate)).toBe(true);
  });

  it.each([
    ['2123 25870 1', 'check digit does not match (Presidio)'],
    ['2123258701', 'check digit does not match (Presidio)'],
    ['212345670221', 'twelve digits (Presidio)'],
    ['2123456702AF', 'letters (Presidio)'],
    ['1123456701', 'first digit 1'],
    ['7123456701', 'first digit 7'],
    ['212345670', 'nine digits'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(auMedicare(candidate)).toBe(false);
  });
});
