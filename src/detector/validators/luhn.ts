// Luhn (mod 10, ISO/IEC 7812-1): the check digit of payment cards, and (through luhnValid) of NPI,
// Canadian SIN, Ontario health numbers and Australian IHIs. Card lengths are 12-19 digits (Presidio
// generic/credit_card_recognizer.py); the prefix is not checked because private-label and health-plan
// cards carry Luhn numbers outside the public IIN ranges, and a guard should still see them.
import { compact, isAllSame } from './normalize';

/** Luhn over a string of digits only; callers check shape first. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function luhn(candidate: string): boolean {
  const digits = compact(candidate);
  // All-zero strings satisfy the arithmetic but are placeholders, not accounts.
  return /^\d{12,19}$/.test(digits) && !isAllSame(digits) && luhnValid(digits);
}
