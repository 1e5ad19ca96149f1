// Vectors from Presidio tests/test_us_npi_recognizer.py (CMS NPI check-digit rule).
import { npi } from '../../../src/detector/validators/npi';

describe('npi', () => {
  it.each([
    ['1234567893', 'CMS check-digit example'],
    ['1245319599', 'Presidio'],
    ['1003000126', 'Presidio'],
    ['1234-567-893', 'dashed'],
    ['1234 567 893', 'spaced'],
  ])('accepts %s (%s)', (candidate) => {
    expect(npi(candidate)).toBe(true);
  });

  it.each([
    ['1234567890', 'fails Luhn over 80840 + NPI'],
    ['0234567893', 'starts with 0'],
    ['3234567893', 'starts with 3'],
    ['9234567893', 'starts with 9'],
    ['123456789', 'nine digits'],
    ['12345678934', 'eleven digits'],
    ['1111111112', 'passes the checksum but the body is one repeated digit'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(npi(candidate)).toBe(false);
  });
});
