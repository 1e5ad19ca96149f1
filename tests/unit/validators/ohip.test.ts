// Vectors from the petalmd/health_card gem (spec/validators/canada/ontario_validator_spec.rb), which follows
// the Ontario Ministry of Health check-digit specification.
import { ohip } from '../../../src/detector/validators/ohip';

describe('ohip', () => {
  it.each([
    ['9876-543-217', 'health_card spec'],
    ['9876543217', 'unformatted'],
    ['9876 543 217', 'spaced'],
    ['9876-543-217 A', 'one-letter version code'],
    ['9876-543-217 AA', 'two-letter version code'],
    ['9876-543-217 aa', 'lowercase version code'],
  ])('accepts %s (%s)', (candidate) => {
    expect(ohip(candidate)).toBe(true);
  });

  it.each([
    ['9876543210', 'check digit does not match (health_card spec)'],
    ['98765432170', 'eleven digits (health_card spec)'],
    ['9A76543217', 'letter inside (health_card spec)'],
    ['9876-543-217 AAA', 'three-letter version code (health_card spec)'],
    ['0000000000', 'first digit 0'],
    ['987654321', 'nine digits'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(ohip(candidate)).toBe(false);
  });
});
