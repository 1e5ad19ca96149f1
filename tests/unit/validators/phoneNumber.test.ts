// Numbers from the ranges regulators reserve for fiction and documentation (Ofcom's drama numbers,
// ACMA's 5550 range, ARCEP's 01 99 00), which libphonenumber's data accepts as well-formed numbers of
// their country, and NANPA's 555-01XX. Whatever their format, the country code decides.
import { phoneNumber } from '../../../src/detector/validators/phoneNumber';
import { installKnowledge } from '../../../src/detector/knowledge';
import { PACKAGED_KNOWLEDGE } from '../../../src/detector/knowledge/packaged';

describe('phoneNumber', () => {
  it.each([
    ['+44 20 7946 0123', 'UK, London drama range'],
    ['+44 (0)20 7946 0123', 'UK with the national trunk zero in brackets'],
    ['+61 2 5550 1234', 'Australia, fiction range'],
    ['+33 1 99 00 12 34', 'France, fiction range'],
    ['+44 7700 900512', 'UK mobile drama range: the right length for the UK, outside its assigned ranges'],
    ['0044 20 7946 0123', 'international prefix 00 instead of +'],
    ['(312) 555-0163', 'US number with no country code'],
    ['+1 312-555-0163 ext. 45', 'US with an extension'],
  ])('accepts %s (%s)', (candidate) => {
    expect(phoneNumber(candidate)).toBe(true);
  });

  it.each([
    ['+44 1234', 'too short for the UK'],
    ['+33 1 99 00 12 34 56 78', 'too long for France'],
    ['(123) 456-7890', 'US area codes do not start with 1'],
    ['+999 1234 5678', 'no such country code'],
    ['twelve', 'no digits'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(phoneNumber(candidate)).toBe(false);
  });

  describe('before the metadata arrives with the knowledge (content script, page start)', () => {
    afterEach(() => installKnowledge(PACKAGED_KNOWLEDGE));
    it('takes a number with as many digits as an international number can have, and nothing else', () => {
      installKnowledge(null);
      expect(phoneNumber('+44 20 7946 0123')).toBe(true);
      expect(phoneNumber('+33 1 99 00 12 34 ext. 45')).toBe(true);
      expect(phoneNumber('+44 1234')).toBe(false);
      expect(phoneNumber('+33 1 99 00 12 34 56 78 90')).toBe(false);
      expect(phoneNumber('twelve')).toBe(false);
    });
    it('judges by the metadata once it is installed, without the knowledge\'s tables being reloaded by hand', () => {
      installKnowledge(null);
      expect(phoneNumber('+999 1234 5678')).toBe(true);
      installKnowledge(PACKAGED_KNOWLEDGE);
      expect(phoneNumber('+999 1234 5678')).toBe(false);
    });
  });
});
