// Ontario health number (OHIP), Ministry of Health validation spec as quoted by worldoscar.org and the
// petalmd/health_card gem: 10 digits, the last a Luhn check over the first nine (so Luhn over all ten holds),
// first digit never 0. The card prints a 1-2 letter version code after the number; it is accepted and
// ignored because it changes with each card re-issue and says nothing about the number's validity.
import { luhnValid } from './luhn';
import { compact } from './normalize';

export function ohip(candidate: string): boolean {
  const match = /^([1-9]\d{9})[A-Z]{0,2}$/.exec(compact(candidate));
  return match !== null && luhnValid(match[1]);
}
