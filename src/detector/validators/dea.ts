// US DEA registration number: 2 letters + 7 digits. Letter 1 is the registrant type (A/B/F/G practitioners,
// M mid-level, P/R distributors, others for treatment programs); the letters Presidio's
// medical_license_recognizer.py allows are kept. Letter 2 is the surname initial, or 9 for businesses.
// Check: (d1+d3+d5) + 2*(d2+d4+d6), last digit = d7. Some web pages give the weights reversed; they are wrong.
import { compact } from './normalize';

const SHAPE = /^[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}$/;

export function dea(candidate: string): boolean {
  const id = compact(candidate);
  if (!SHAPE.test(id)) return false;
  const d = [...id.slice(2)].map(Number);
  const sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
  return sum % 10 === d[6];
}
