// Numbers with no label and no country code, taken only when written in the groups their own country
// prints them in. Every number here is made up.
import { parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import { nationalFormat } from '../../../src/detector/validators/nationalFormat';
import { REGIONS } from '../../../src/detector/validators/nationalPhone';
import { nanpPhone } from '../../../src/detector/validators/nanpPhone';
import { phoneMetadata } from '../../../src/detector/knowledge';
import { installKnowledge } from '../../../src/detector/knowledge';
import { PACKAGED_KNOWLEDGE } from '../../../src/detector/knowledge/packaged';

describe('nationalFormat', () => {
  it.each([
    ['06 52 71 38 40', 'France, a mobile in pairs'],
    ['06.52.71.38.40', 'France, the same with dots'],
    ['01 45 67 89 12', 'France, a Paris line'],
    ['(31) 98812-4470', 'Brazil, a mobile with its area code in brackets'],
    ['0918 765 4321', 'the Philippines, a mobile with its trunk zero'],
    ['622 48 19 37', 'Spain, a mobile'],
    ['0412 345 678', 'Australia, a mobile'],
    ['55 1234 5678', 'Mexico City'],
  ])('accepts %s (%s)', (candidate) => {
    expect(nationalFormat(candidate)).toBe(true);
  });

  it.each([
    ['0151 2345 6789', 'a valid German mobile in groups Germany does not print'],
    ['415 555 0132', 'a North American number in its own groups: phone.nanp reads it'],
    ['2023-11-04', 'a date: two separators but eight digits'],
    ['192.168.10.12', 'an address on a network'],
    ['12 34 56 78 90', 'pairs that are no country\'s number'],
    ['+33 6 52 71 38 40', 'a country code: phone.international reads it'],
    ['0918 7654321', 'two groups only'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(nationalFormat(candidate)).toBe(false);
  });

  describe('before the metadata arrives with the knowledge', () => {
    afterEach(() => installKnowledge(PACKAGED_KNOWLEDGE));
    it('takes nothing: without a label the grouping is the only sign, and it needs the plans', () => {
      installKnowledge(null);
      expect(nationalFormat('06 52 71 38 40')).toBe(false);
    });
  });

  it('answers as parsing the number in every country would (the checks before a parse only skip parses)', () => {
    const metadata = phoneMetadata() as MetadataJson;
    const grouping = (text: string) => (text.match(/\d+/g) ?? []).map((run) => run.length).join(',');
    const outsideNorthAmerica = REGIONS.filter((region) => region !== 'US' && region !== 'CA');
    // The validator's rule, with no shortcut: valid in the country, parsed as its number, printed in these groups.
    const reference = (text: string) => {
      const groups = grouping(text);
      const digits = text.replace(/\D/g, '').length;
      if (text.length > 24 || groups.split(',').length < 3 || digits < 9 || digits > 13) return false;
      if (groups === '3,3,4' && nanpPhone(text)) return false;
      return outsideNorthAmerica.some((region) => {
        const parsed = parsePhoneNumberFromString(text, region, metadata);
        return !!parsed?.isValid() && parsed.country === region && grouping(parsed.formatNational()) === groups;
      });
    };
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647);
    let accepted = 0;
    for (let i = 0; i < 1500; i++) {
      const digits = Array.from({ length: 7 + (next() % 7) }, () => next() % 10).join('');
      // Half of them printed as a country prints its valid numbers, half in arbitrary groups.
      const region = outsideNorthAmerica[next() % outsideNorthAmerica.length] as CountryCode;
      const parsed = parsePhoneNumberFromString(digits, region, metadata);
      let text = parsed?.isValid() && next() % 2 ? parsed.formatNational() : '';
      if (!text) {
        const written = (next() % 2 ? '0' : '') + digits;
        const parts: string[] = [];
        for (let k = 0; k < written.length; ) {
          const size = 1 + (next() % 4);
          parts.push(written.slice(k, k + size));
          k += size;
        }
        text = parts.join([' ', '.', '-'][next() % 3]);
      }
      const expected = reference(text);
      if (expected) accepted++;
      expect(nationalFormat(text), text).toBe(expected);
    }
    // Both answers occur, so the comparison says something.
    expect(accepted).toBeGreaterThan(30);
    expect(1500 - accepted).toBeGreaterThan(30);
  });
});
