// The registry is what rules/*.json resolve validator names against.
import { VALIDATORS, type ValidatorName } from '../../../src/detector/validators';

const NAMES: ValidatorName[] = [
  'ssn', 'luhn', 'npi', 'dea', 'mbi', 'vin', 'abaRouting', 'nhsNumber', 'canadaSin', 'auMedicare',
  'ohip', 'auIhi', 'ipv4', 'ipv6', 'calendarDate', 'nanpPhone', 'phoneNumber', 'nationalPhone', 'nationalFormat', 'iban', 'mac', 'imei', 'itin',
];

describe('VALIDATORS', () => {
  it('lists exactly the validators rules may name', () => {
    expect(Object.keys(VALIDATORS).sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('%s rejects empty and whitespace-only text', (name) => {
    expect(VALIDATORS[name]('')).toBe(false);
    expect(VALIDATORS[name]('   ')).toBe(false);
  });
});
