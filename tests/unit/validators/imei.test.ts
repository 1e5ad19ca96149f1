// IMEIs: the worked example of 3GPP TS 23.003 Annex B (35 209900 176148, check digit 1), the example
// of the GSMA IMEI allocation guidelines' Luhn walkthrough (49015420323751, check digit 8), and an invented
// one (35 467108 293754, Luhn check digit 1) for the grouped spellings.
import { imei } from '../../../src/detector/validators/imei';

describe('imei', () => {
  it.each([
    ['352099001761481', 'TS 23.003 Annex B example'],
    ['35-467108-293754-1', 'grouped 2-6-6-1'],
    ['35 467108 293754 1', 'grouped with spaces'],
    ['490154203237518', 'second published example'],
  ])('accepts %s (%s)', (candidate) => {
    expect(imei(candidate)).toBe(true);
  });

  it.each([
    ['352099001761482', 'wrong check digit'],
    ['35209900176148', '14 digits (no check digit)'],
    ['3520990017614810', 'IMEISV length (16)'],
    ['000000000000000', 'all zeros'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(imei(candidate)).toBe(false);
  });
});
