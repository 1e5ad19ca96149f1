// Australian Medicare card number (Presidio australia/au_medicare_recognizer.py; Services Australia format).
// 10 digits shown 4-5-1, optionally followed by the 1-digit Individual Reference Number printed beside the
// holder's name. The first digit is 2-6; digit 9 = (weights 1,3,7,9,1,3,7,9 over digits 1-8) mod 10;
// digit 10 is the card issue number and carries no check.
import { compact } from './normalize';

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9];

export function auMedicare(candidate: string): boolean {
  const digits = compact(candidate);
  if (!/^[2-6]\d{9}\d?$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * WEIGHTS[i];
  return sum % 10 === Number(digits[8]);
}
