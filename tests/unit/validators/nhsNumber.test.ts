// 943 476 5919 is the NHS Digital example number; the others are from Presidio tests/test_uk_nhs_recognizer.py.
import { nhsNumber } from '../../../src/detector/validators/nhsNumber';

describe('nhsNumber', () => {
  it.each([
    ['943 476 5919', 'NHS Digital example'],
    ['9434765919', 'unspaced'],
    ['943-476-5919', 'dashed'],
    ['401-023-2137', 'Presidio'],
    ['221 395 1837', 'Presidio'],
    ['0032698674', 'Presidio: check value 11 written 0'],
  ])('accepts %s (%s)', (candidate) => {
    expect(nhsNumber(candidate)).toBe(true);
  });

  it.each([
    ['943 476 5918', 'check digit changed'],
    ['401-023-2138', 'check digit changed (Presidio)'],
    ['943 476 591', 'nine digits'],
    ['943 476 59190', 'eleven digits'],
    ['0000000000', 'all zeros pass mod 11 but are filler'],
    ['1111111111', 'all ones pass mod 11 but are filler'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(nhsNumber(candidate)).toBe(false);
  });

  it('rejects a number whose check value is 10 (never issued), whatever its last digit', () => {
    // 123456789x: 1*10+2*9+...+9*2 = 210, 210 mod 11 = 1, 11 - 1 = 10.
    for (let last = 0; last <= 9; last++) expect(nhsNumber(`123456789${last}`)).toBe(false);
  });
});
