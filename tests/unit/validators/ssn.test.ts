// SSN ranges per SSA and Presidio us_ssn_recognizer.py; Presidio's own test vectors are marked (Presidio).
import { ssn } from '../../../src/detector/validators/ssn';

describe('ssn', () => {
  it.each([
    ['078-05-1123', 'Presidio medium match'],
    ['078.05.1123', 'Presidio, dot separators'],
    ['078 05 1123', 'Presidio, space separators'],
    ['078051121', 'Presidio weak match, no separators'],
    ['512-44-8821', 'fictional-looking but in assignable ranges: a guard must flag it'],
    ['665-01-0001', 'area just below 666'],
    ['899-99-9999', 'highest assignable area'],
  ])('accepts %s (%s)', (candidate) => {
    expect(ssn(candidate)).toBe(true);
  });

  it.each([
    ['000-12-3456', 'area 000 never issued'],
    ['666-12-3456', 'area 666 never issued'],
    ['900-12-3456', 'area 9xx reserved (ITINs)'],
    ['987-65-4321', 'area 9xx, the other classic placeholder'],
    ['078 00 1123', 'group 00 (Presidio)'],
    ['078-05-0000', 'serial 0000 (Presidio)'],
    ['078-05-1120', 'Woolworth wallet specimen'],
    ['078051120', 'Woolworth specimen without separators (Presidio)'],
    ['219-09-9999', 'SSA pamphlet specimen'],
    ['123-45-6789', 'form placeholder'],
    ['111-11-1111', 'all-same digits'],
    ['000000000', 'all zeros (Presidio)'],
    ['693-09.4444', 'mixed separators (Presidio)'],
    ['512-44 8821', 'mixed separators'],
    ['0780511201', 'ten digits (Presidio)'],
    ['51244882', 'eight digits'],
    ['51a-44-8821', 'letter inside'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(ssn(candidate)).toBe(false);
  });
});
