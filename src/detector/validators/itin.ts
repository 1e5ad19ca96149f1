// US Individual Taxpayer Identification Number (IRS; stands in for an SSN for people who cannot have one,
// so it is treated as one). Nine digits that start with 9, written like an SSN, whose fourth and fifth
// digits fall in 50-65, 70-88, 90-92 or 94-99 (IRS ITIN ranges as extended in 2011).
import { compact, hasMixedSeparators } from './normalize';

export function itin(candidate: string): boolean {
  const digits = compact(candidate);
  if (!/^9\d{8}$/.test(digits) || hasMixedSeparators(candidate)) return false;
  const group = Number(digits.slice(3, 5));
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
}
