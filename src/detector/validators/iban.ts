// International Bank Account Number (ISO 13616; Safe Harbor identifier J, account numbers). Two letters of
// country, two check digits, then the national account (BBAN), up to 34 characters in all; valid when the
// number, rearranged with its first four characters at the end and letters read as 10-35, leaves 1 mod 97
// (ISO 7064 MOD 97-10). Lengths per country from the SWIFT IBAN registry, so a string of the right shape
// but the wrong length for its country is rejected.
import { compact } from './normalize';

// SWIFT IBAN registry (release 99), total length by country code.
const LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22,
  GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31,
  MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24,
  SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/** The remainder mod 97 of a long number written as digits and letters (A = 10 … Z = 35). */
function mod97(text: string): number {
  let rest = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    rest = value > 9 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest;
}

export function iban(candidate: string): boolean {
  const text = compact(candidate);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(text)) return false;
  if (LENGTHS[text.slice(0, 2)] !== text.length) return false;
  return mod97(text.slice(4) + text.slice(0, 4)) === 1;
}
