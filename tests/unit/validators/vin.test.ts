// 1M8GDM9AXKP042788 is the standard worked example of the 49 CFR 565.15 check digit (check value 10 -> X);
// 1HGCM82633A004352 is a widely published sample VIN with a numeric check digit.
import { vin } from '../../../src/detector/validators/vin';

describe('vin', () => {
  it.each([
    ['1M8GDM9AXKP042788', 'check digit X'],
    ['1m8gdm9axkp042788', 'lowercase'],
    ['1HGCM82633A004352', 'numeric check digit 3'],
  ])('accepts %s (%s)', (candidate) => {
    expect(vin(candidate)).toBe(true);
  });

  it.each([
    ['1M8GDM9AXKP042789', 'last character changed'],
    ['1M8GDM9A0KP042788', 'check digit changed'],
    ['1HGCM82633A004353', 'last character changed'],
    ['1M8GDM9AXKP04278', 'sixteen characters'],
    ['1M8GDM9AXKP0427880', 'eighteen characters'],
    ['1M8GDM9AXKP0427O8', 'contains O, never used in VINs'],
    ['11111111111111111', 'all ones: the check digit works out, but it is filler'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(vin(candidate)).toBe(false);
  });
});
