// US National Provider Identifier (CMS NPI standard, as implemented in Presidio us/us_npi_recognizer.py).
// 10 digits, first digit 1 (individual) or 2 (organisation). The check digit is Luhn over the card-issuer
// prefix 80840 followed by the NPI, which is why a bare Luhn over the 10 digits would be wrong.
// Bodies of one repeated digit pass that checksum (1111111112) but are test fillers, so they are refused.
import { luhnValid } from './luhn';
import { compact, isAllSame } from './normalize';

export function npi(candidate: string): boolean {
  const digits = compact(candidate);
  if (!/^[12]\d{9}$/.test(digits) || isAllSame(digits.slice(0, 9))) return false;
  return luhnValid('80840' + digits);
}
