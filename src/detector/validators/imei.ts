// IMEI, the serial number of a mobile phone (3GPP TS 23.003 §6.2; Safe Harbor identifier M): 15 digits,
// an 8-digit type allocation code, a 6-digit serial and a Luhn check digit (TS 23.003 Annex B). Written
// plain or grouped as 2-6-6-1 (AA-BBBBBB-CCCCCC-D). The 16-digit IMEISV has no check digit and is only
// recognised when labelled, by the rule rather than here.
import { luhnValid } from './luhn';
import { compact, isAllSame } from './normalize';

export function imei(candidate: string): boolean {
  const digits = compact(candidate);
  return /^\d{15}$/.test(digits) && !isAllSame(digits) && luhnValid(digits);
}
