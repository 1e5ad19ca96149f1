// US Medicare Beneficiary Identifier (CMS "Understanding the MBI format"; Presidio us/us_mbi_recognizer.py).
// 11 characters shown 4-3-4. Positions 1,4,7,10,11 are digits (CMS keeps position 1 to 1-9), 2,5,8,9 are
// letters, 3 and 6 are letter or digit. CMS leaves out S L O I B Z so the ID cannot be misread as digits.
// There is no check digit, so shape is all a validator can confirm; rules need context words on top.
import { compact } from './normalize';

const L = '[AC-HJKMNP-RT-Y]';
const LD = '[AC-HJKMNP-RT-Y0-9]';
const SHAPE = new RegExp(`^[1-9]${L}${LD}\\d${L}${LD}\\d${L}${L}\\d\\d$`);

export function mbi(candidate: string): boolean {
  return SHAPE.test(compact(candidate));
}
