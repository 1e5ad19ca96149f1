// Every check a rule can name: the identifier validators (one per file in ../validators) plus a
// few detector-specific plausibility checks that are not identifier formats of their own.
import { VALIDATORS, isRealDate } from '../validators';
import { NOT_PLACE_WORDS } from '../story/lexicon';
import { spelledDigits } from './spelled';

/** "3/14" with no year: a real month and day (29 February allowed). */
function monthDay(value: string): boolean {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(value.trim());
  return !!m && isRealDate(2024, Number(m[1]), Number(m[2]));
}

/** A ZIP code that the Postal Service could have issued (00501–99950). */
function zipCode(value: string): boolean {
  const n = Number(value.slice(0, 5));
  return n >= 501 && n <= 99950;
}

/** A capitalised place name that is not a month, weekday, state, unit or ordinary word. */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'st']);

function placeName(value: string): boolean {
  // A word cut short before a digit ("COVID-" of "COVID-19") names no place.
  if (value.endsWith('-')) return false;
  const words = value.split(/\s+/).filter((w) => !/^\d+$/.test(w));
  if (!words.length || !/^[A-Z]/.test(words[0]) || TITLES.has(words[0].toLowerCase().replace(/\.$/, ''))) return false;
  // "Sunday's" (from Sunday's crash) is the weekday's possessive: the word is read without it.
  return !words.every((w) => NOT_PLACE_WORDS.has(w.toLowerCase().replace(/(?:['’]s|[.'’]+)$/, '')));
}

/** At least one digit: identifiers in free text always have some. */
function hasDigit(value: string): boolean {
  return /\d/.test(value);
}

/** Seven digits or more: every national identity and health-card number the labelled rules name has at
 *  least that many (a Brazilian CPF 11, a Polish PESEL 11, a Spanish DNI 8, a Quebec RAMQ 8), and a
 *  count, a score or a short code after a word such as "run" or "sin" has fewer. */
function sevenDigits(value: string): boolean {
  return (value.match(/\d/g)?.length ?? 0) >= 7;
}

/** A phone number or SSN written digit by digit or in words: the digits must pass the ordinary check, and a
 *  run of one digit ("5 5 5 5 …") or counting ("1 2 3 4 …") is a list, not a number. */
function spelled(check: (digits: string) => boolean) {
  return (value: string) => {
    const digits = spelledDigits(value);
    return !!digits && !/^(\d)\1*$/.test(digits) && !'0123456789'.includes(digits.slice(0, 6)) && check(digits);
  };
}

export const CHECKS: Record<string, (value: string) => boolean> = {
  ...VALIDATORS,
  monthDay,
  zipCode,
  placeName,
  hasDigit,
  sevenDigits,
  spelledPhone: spelled(VALIDATORS.nanpPhone),
  spelledSsn: spelled(VALIDATORS.ssn),
  // A record number read aloud: as many digits as the record numbers mrn.labelled reads (six to twelve).
  spelledRecord: spelled((digits) => digits.length >= 6 && digits.length <= 12),
};

/** The least number of ASCII digits a value must hold to pass a check, where the check says so at once (the
 *  digits it reads are \d's): a paragraph holding fewer digits in all cannot give the rule a candidate, and its
 *  patterns are not run (rules/run.ts). A check missing here is asked of every match. */
export const CHECK_MIN_DIGITS: Readonly<Record<string, number>> = {
  ssn: 9, // nine digits once its separators are dropped
  nanpPhone: 10, // /^1?[2-9]\d{2}[2-9]\d{6}$/
  nationalPhone: 8, // 8 to 13
  nationalFormat: 9, // 9 to 13
  sevenDigits: 7,
};
