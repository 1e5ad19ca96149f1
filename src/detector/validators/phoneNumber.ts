// A telephone number of any country (Safe Harbor identifiers D and E), checked against Google's numbering
// plan data through libphonenumber-js with its "min" metadata: number lengths and leading digits per
// country and number type, kept current by the library, which a hand-written pattern cannot be. A number
// without "+" is read as a US number (the extension's users are US staff); numbers that start with "+" or
// "00" are read by their own country code. Extensions ("x 123", "ext. 45") are allowed after the number.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export function phoneNumber(candidate: string): boolean {
  const text = candidate.trim().replace(/^00(?=[1-9])/, '+');
  if (text.length > 40 || !/\d/.test(text)) return false;
  try {
    return parsePhoneNumberFromString(text, 'US')?.isValid() ?? false;
  } catch {
    return false;
  }
}
