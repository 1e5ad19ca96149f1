// NHS number, England/Wales/Isle of Man (NHS Data Dictionary "NHS Number"; Presidio uk/uk_nhs_recognizer.py).
// 10 digits shown 3-3-4. Weights 10..2 on the first nine; check = 11 - (sum mod 11), 11 becoming 0. A result
// of 10 means the number is never issued, so it is invalid rather than wrapped.
import { compact, isAllSame } from './normalize';

export function nhsNumber(candidate: string): boolean {
  const digits = compact(candidate);
  // 0000000000 and 1111111111 pass mod 11; they are placeholders in test systems.
  if (!/^\d{10}$/.test(digits) || isAllSame(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
