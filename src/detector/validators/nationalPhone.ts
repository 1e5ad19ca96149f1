// A telephone number written as its own country writes it, with no country code: "0917 555 0142" (the
// Philippines), "(11) 98765-4321" (Brazil), "06 12 34 56 78" (France), "0151 23456789" (Germany),
// "612 345 678" (Spain). Checked against Google's numbering plans through libphonenumber-js, as
// phoneNumber is: the number must be valid in one of the countries whose languages the detector reads
// (English, Spanish, Portuguese, French, German, Tagalog; story/cues.ts). Only a rule that has found a
// word saying it is a phone number ("celular", "téléphone", "Handy", "tawagan") asks this: many runs of 8
// to 13 digits are valid somewhere. Until the metadata arrives with the knowledge, a number of 8 to 13
// digits is taken (the guard warns rather than misses), as phoneNumber does.
import { parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import { phoneMetadata } from '../knowledge';
import { numberingPlans, REGIONS } from './numbering-plans';

export { REGIONS };

/** REGIONS in the order to try them: first those whose numbers look like this one (its digits, less a
 *  trunk zero it starts with in a country whose trunk prefix is 0, match the country's number pattern), then
 *  those where at least the length is possible, then the rest. Only the order changes, never the answer
 *  (valid in any of them), but most numbers asked about are valid, and a parse costs 10-70 µs: in a fixed
 *  order, a number valid only in the 26th country cost about 0.5 ms. */
export function regionsToTry(text: string, metadata: object): CountryCode[] {
  const plans = numberingPlans(metadata);
  const digits = text.replace(/\D/g, '');
  const trunk = text.replace(/^\(/, '').startsWith('0');
  const national = trunk ? digits.slice(1) : digits;
  const tiers: CountryCode[][] = [[], [], []];
  for (const region of REGIONS) {
    const plan = plans.get(region)!;
    const fits = (!trunk || plan.trunkPrefix === '0') && plan.lengths.has(national.length);
    tiers[fits ? (plan.pattern?.test(national) ? 0 : 1) : 2].push(region);
  }
  return tiers.flat();
}

export function nationalPhone(candidate: string): boolean {
  const text = candidate.trim();
  if (text.length > 30 || text.startsWith('+')) return false;
  const digits = text.replace(/\D/g, '').length;
  if (digits < 8 || digits > 13) return false;
  const metadata = phoneMetadata();
  if (!metadata) return true;
  for (const region of regionsToTry(text, metadata)) {
    try {
      if (parsePhoneNumberFromString(text, region, metadata as MetadataJson)?.isValid()) return true;
    } catch {
      // A malformed number for this country: try the next.
    }
  }
  return false;
}
