// Vectors from Presidio tests/test_ca_sin_recognizer.py. 046 454 286 is the textbook Luhn example for SINs
// (Wikipedia); it passes Luhn but starts with 0, a region never assigned, so Presidio and this guard refuse it.
import { canadaSin } from '../../../src/detector/validators/canadaSin';
import { luhnValid } from '../../../src/detector/validators/luhn';

describe('canadaSin', () => {
  it.each([
    ['130 692 544', 'Presidio'],
    ['435 418 165', 'Presidio'],
    ['948 584 792', 'Presidio: 9 = temporary resident'],
    ['347-677-452', 'Presidio, dashed'],
    ['731-530-150', 'Presidio, dashed'],
    ['130692544', 'Presidio, no separators'],
    ['550090112', 'Presidio'],
    ['258 933 688', 'Presidio'],
  ])('accepts %s (%s)', (candidate) => {
    expect(canadaSin(candidate)).toBe(true);
  });

  it.each([
    ['130 692 545', 'check digit changed (Presidio)'],
    ['435-418-166', 'check digit changed (Presidio)'],
    ['046 454 286', 'Luhn-valid textbook example, but first digit 0 is never assigned'],
    ['812 345 678', 'first digit 8 (Presidio)'],
    ['111 111 111', 'all-same digits (Presidio)'],
    ['999 999 999', 'all-same digits (Presidio)'],
    ['130-692 544', 'mixed separators'],
    ['13069254', 'eight digits (Presidio)'],
    ['1306925440', 'ten digits (Presidio)'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(canadaSin(candidate)).toBe(false);
  });

  it('refuses 046 454 286 for its prefix, not its checksum', () => {
    expect(luhnValid('046454286')).toBe(true);
  });
});
