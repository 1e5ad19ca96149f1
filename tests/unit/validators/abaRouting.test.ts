// 011000015 (Federal Reserve Bank of Boston) and 021000021 (JPMorgan Chase) are published routing numbers;
// the bank vectors and negatives marked Presidio come from tests/test_aba_routing_recognizer.py.
import { abaRouting } from '../../../src/detector/validators/abaRouting';

describe('abaRouting', () => {
  it.each([
    ['011000015', 'Federal Reserve Bank of Boston'],
    ['021000021', 'JPMorgan Chase, New York'],
    ['121000358', 'Bank of America (Presidio)'],
    ['3222-7162-7', 'Chase, dashed (Presidio)'],
    ['121042882', 'Wells Fargo (Presidio)'],
    ['0711-0130-7', 'Wells Fargo, dashed (Presidio)'],
  ])('accepts %s (%s)', (candidate) => {
    expect(abaRouting(candidate)).toBe(true);
  });

  it.each([
    ['011000016', 'check digit changed'],
    ['021000012', 'last two digits swapped'],
    ['421042111', 'first digit 4 and bad checksum (Presidio)'],
    ['1234-0000-0', 'bad checksum (Presidio)'],
    ['000000000', 'all zeros satisfy the weights but are a blank field'],
    ['02100002', 'eight digits'],
    ['0210000210', 'ten digits'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(abaRouting(candidate)).toBe(false);
  });
});
