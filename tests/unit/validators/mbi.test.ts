// 1EG4-TE5-MK73 is the CMS sample MBI; the others are Presidio tests/test_us_mbi_recognizer.py vectors.
import { mbi } from '../../../src/detector/validators/mbi';

describe('mbi', () => {
  it.each([
    ['1EG4-TE5-MK73', 'CMS sample'],
    ['1EG4TE5MK73', 'CMS sample without dashes'],
    ['1eg4-te5-mk73', 'lowercase'],
    ['2AG9-XC4-NN22', 'Presidio'],
    ['9XX9-XX9-XX99', 'Presidio'],
    ['3CD5-FG7-HJ89', 'Presidio'],
    ['4EF6GH8JK12', 'Presidio'],
  ])('accepts %s (%s)', (candidate) => {
    expect(mbi(candidate)).toBe(true);
  });

  it.each([
    ['1SG4-TE5-MK73', 'excluded letter S'],
    ['1EG4-LE5-MK73', 'excluded letter L'],
    ['1EG4-TE5-OK73', 'excluded letter O'],
    ['1EG4-TE5-MI73', 'excluded letter I'],
    ['1BG4-TE5-MK73', 'excluded letter B'],
    ['1EG4-ZE5-MK73', 'excluded letter Z'],
    ['AEG4-TE5-MK73', 'letter in position 1'],
    ['0EG4-TE5-MK73', 'CMS keeps position 1 to 1-9'],
    ['12G4-TE5-MK73', 'digit in position 2'],
    ['1EG4-TE5-MK7A', 'letter in position 11'],
    ['1EG4TE5MK7', 'ten characters'],
    ['1EG4TE5MK734', 'twelve characters'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(mbi(candidate)).toBe(false);
  });
});
