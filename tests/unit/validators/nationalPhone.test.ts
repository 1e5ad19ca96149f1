// Numbers in their own country's format, with no country code; each is valid by the numbering plan of a
// country that speaks one of the detector's languages. Every number here is made up.
import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import { nationalPhone, REGIONS, regionsToTry } from '../../../src/detector/validators/nationalPhone';
import { phoneMetadata } from '../../../src/detector/knowledge';
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

  describe('the order it tries countries in', () => {
    const metadata = () => phoneMetadata()!;
    it('tries every country once, whatever the number', () => {
      for (const text of ['(11) 98765-4321', '07412 345 678', '212-555-0187', '0151 23456789', '1234 5678 9012']) {
        const order = regionsToTry(text, metadata());
        expect(order).toHaveLength(REGIONS.length);
        expect(new Set(order)).toEqual(new Set(REGIONS));
      }
    });

    it('tries among the first the countries whose numbers look like this one', () => {
      // In REGIONS' own order they are 26th, 34th and 6th.
      expect(regionsToTry('(11) 98765-4321', metadata()).indexOf('BR')).toBeLessThan(5);
      expect(regionsToTry('0151 23456789', metadata()).indexOf('DE')).toBeLessThan(5);
      expect(regionsToTry('0917 555 0142', metadata()).indexOf('PH')).toBeLessThan(5);
    });

    it('answers as trying every country in a fixed order would', () => {
      // Made-up numbers of 8 to 13 digits in common groupings, with and without a trunk zero (seeded).
      let seed = 7;
      const next = () => (seed = (seed * 48271) % 2147483647);
      const validSomewhere = (text: string) =>
        REGIONS.some((region) => {
          try {
            return parsePhoneNumberFromString(text, region, metadata() as MetadataJson)?.isValid() ?? false;
          } catch {
            return false;
          }
        });
      let valid = 0;
      for (let i = 0; i < 300; i++) {
        const length = 8 + (next() % 6);
        const digits = Array.from({ length }, (_, k) => (k === 0 && next() % 3 === 0 ? 0 : next() % 10)).join('');
        const cut = 2 + (next() % 3);
        const text = next() % 2 ? `${digits.slice(0, cut)} ${digits.slice(cut, cut + 3)} ${digits.slice(cut + 3)}` : digits;
        const expected = validSomewhere(text);
        if (expected) valid++;
        expect(nationalPhone(text), text).toBe(expected);
      }
      // Both answers occur (most such runs are valid somewhere), so the comparison says something.
      expect(valid).toBeGreaterThan(30);
      expect(300 - valid).toBeGreaterThan(5);
    });
  });
});
