// NANP structure (NANPA): NPA and NXX start with 2-9. 555-0100 to 555-0199 are reserved for fiction,
// so (617) 555-0123 is a real-shaped number that reaches no one.
import { nanpPhone } from '../../../src/detector/validators/nanpPhone';

describe('nanpPhone', () => {
  it.each([
    ['(617) 555-0123', 'parenthesised area code'],
    ['617-555-0123', 'dashed'],
    ['617.555.0123', 'dotted'],
    ['6175550123', 'bare'],
    ['+1 617 555 0123', 'with +1'],
    ['1-800-555-0199', 'toll-free with leading 1'],
    ['212 736 5000', 'non-555 exchange'],
    ['(617) 555-0123 x204', 'with an extension'],
    ['617-555-0123, ext. 12', 'extension after a comma'],
    ['617/555-0123', 'slash after the area code'],
  ])('accepts %s (%s)', (candidate) => {
    expect(nanpPhone(candidate)).toBe(true);
  });

  it.each([
    ['017-555-0123', 'area code starts with 0'],
    ['117-555-0123', 'area code starts with 1'],
    ['617-055-0123', 'exchange starts with 0'],
    ['617-155-0123', 'exchange starts with 1'],
    ['617-555-012', 'nine digits'],
    ['2-617-555-0123', 'country code other than 1'],
    ['+44 20 7946 0958', 'UK number'],
    ['617-555-01a3', 'letter inside'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(nanpPhone(candidate)).toBe(false);
  });
});
