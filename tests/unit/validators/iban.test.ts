// Example IBANs published in the SWIFT IBAN registry (one per country) and the UK's "GB82 WEST" specimen.
import { iban } from '../../../src/detector/validators/iban';

describe('iban', () => {
  it.each([
    ['GB82 WEST 1234 5698 7654 32', 'UK specimen, spaced'],
    ['GB82WEST12345698765432', 'UK specimen, compact'],
    ['AT611904300234573201', 'Austria (registry example)'],
    ['NO9386011117947', 'Norway, the shortest (15)'],
    ['PL61 1090 1014 0000 0712 1981 2874', 'Poland (registry example)'],
    ['DK50 0040 0440 1162 43', 'Denmark (registry example)'],
    ['FI21 1234 5600 0007 85', 'Finland (registry example)'],
    ['gb82 west 1234 5698 7654 32', 'lower case'],
  ])('accepts %s (%s)', (candidate) => {
    expect(iban(candidate)).toBe(true);
  });

  it.each([
    ['GB82 WEST 1234 5698 7654 33', 'check digits do not match'],
    ['GB82 WEST 1234 5698 7654', 'too short for GB'],
    ['AT61 1904 3002 3457 3202', 'last digit changed'],
    ['XX82WEST12345698765432', 'no such country'],
    ['1234 5678 9012 3456', 'no country code'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(iban(candidate)).toBe(false);
  });
});
