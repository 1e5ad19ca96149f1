// US Social Security number. SSA has no check digit, and since 2011-06-25 assigns numbers randomly, so the
// only structural rules left are the never-issued ranges: area 000, 666 and 900-999, group 00, serial 0000
// (SSA randomization notice; Presidio us/us_ssn_recognizer.py, which also rejects mixed delimiters and
// all-same digits). Published specimen numbers are rejected because they appear in every form template;
// anything else that passes the ranges is treated as real, because a guard must not miss a real SSN.
import { compact, hasMixedSeparators, isAllSame } from './normalize';

const SPECIMENS = new Set([
  '078051120', // Woolworth wallet insert, 1938
  '219099999', // SSA's own 1940s pamphlet sample
  '123456789', // the universal form placeholder
]);

export function ssn(candidate: string): boolean {
  const digits = compact(candidate);
  if (!/^\d{9}$/.test(digits) || hasMixedSeparators(candidate)) return false;
  if (isAllSame(digits) || SPECIMENS.has(digits)) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  return digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}
