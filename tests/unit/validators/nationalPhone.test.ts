// Numbers in their own country's format, with no country code; each is valid by the numbering plan of a
// country that speaks one of the detector's languages. Every number here is made up.
import { nationalPhone } from '../../../src/detector/validators/nationalPhone';
import { installKnowledge } from '../../../src/detector/knowledge';
import { PACKAGED_KNOWLEDGE } from '../../../src/detector/knowledge/packaged';

describe('nationalPhone', () => {
  it.each([
    ['0917 555 0142', 'the Philippines, a mobile with its trunk zero'],
    ['(11) 98765-4321', 'Brazil, São Paulo mobile'],
    ['06 12 34 56 78', 'France, mobile'],
    ['0151 23456789', 'Germany, mobile'],
    ['612 345 678', 'Spain, mobile'],
    ['(212) 555-1234', 'the US'],
  ])('accepts %s (%s)', (candidate) => {
    expect(nationalPhone(candidate)).toBe(true);
  });

  it.each([
    ['+44 20 7946 0123', 'a country code: phoneNumber reads it'],
    ['0917 555', 'too short anywhere'],
    ['0917 555 0142 8899 1234', 'too long anywhere'],
    ['00000000', 'no country numbers so'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(nationalPhone(candidate)).toBe(false);
  });

  describe('before the metadata arrives with the knowledge', () => {
    afterEach(() => installKnowledge(PACKAGED_KNOWLEDGE));
    it('takes a number of 8 to 13 digits, as the rule has found its label', () => {
      installKnowledge(null);
      expect(nationalPhone('0917 555 0142')).toBe(true);
      expect(nationalPhone('0917 555')).toBe(false);
    });
  });
});
