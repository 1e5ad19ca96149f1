// Numbers with no label and no country code, taken only when written in the groups their own country
// prints them in. Every number here is made up.
import { nationalFormat } from '../../../src/detector/validators/nationalFormat';
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
});
