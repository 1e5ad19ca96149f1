// Canadian Social Insurance Number (Presidio canada/ca_sin_recognizer.py): 9 digits, Luhn. The first digit
// is the region of issue; 0 is never assigned (which is why textbooks use the Luhn-valid 046 454 286)
// and 8 is used for business numbers, not people, so both are refused. Mixed separators and all-same
// digits are refused as in Presidio, because those are how unrelated 9-digit numbers look.
import { luhnValid } from './luhn';
import { compact, hasMixedSeparators, isAllSame } from './normalize';

export function canadaSin(candidate: string): boolean {
  const digits = compact(candidate);
  if (!/^[1-79]\d{8}$/.test(digits) || hasMixedSeparators(candidate) || isAllSame(digits)) return false;
  return luhnValid(digits);
}
