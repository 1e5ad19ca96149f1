// ITIN ranges from the IRS (9XX-XX-XXXX with the middle digits in 50-65, 70-88, 90-92 or 94-99).
import { itin } from '../../../src/detector/validators/itin';

describe('itin', () => {
  it.each([
    ['900-70-0000', 'lowest of the 70-88 range'],
    ['999-88-9999', 'highest of the 70-88 range'],
    ['912-50-1234', '50-65 range (added 2011)'],
    ['912 92 1234', '90-92 range, spaced'],
    ['912991234', '94-99 range, no separators'],
  ])('accepts %s (%s)', (candidate) => {
    expect(itin(candidate)).toBe(true);
  });

  it.each([
    ['912-93-1234', '93 was never assigned'],
    ['912-89-1234', '89 is outside the ranges'],
    ['912-49-1234', 'below the ranges'],
    ['812-70-1234', 'does not start with 9'],
    ['912-70 1234', 'mixed separators'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(itin(candidate)).toBe(false);
  });
});
