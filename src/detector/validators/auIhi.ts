// Australian Individual Healthcare Identifier (HL7 AU Base "AU IHI" profile; HI Service number format).
// 16 digits: prefix 800360 marks an IHI (800361 and 800362 are provider HPI-I/HPI-O numbers, which identify
// clinicians and organisations, not patients), and the last digit is a Luhn check over the whole number.
import { luhnValid } from './luhn';
import { compact } from './normalize';

export function auIhi(candidate: string): boolean {
  const digits = compact(candidate);
  return /^800360\d{10}$/.test(digits) && luhnValid(digits);
}
