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

/** ISO 3166 codes of the countries that speak the detector's languages, the most populous first. */
export const REGIONS: readonly CountryCode[] = ['US', 'CA', 'GB', 'IE', 'AU', 'PH', 'MX', 'ES', 'CO', 'AR', 'PE', 'VE', 'CL', 'EC',
  'GT', 'CU', 'DO', 'BO', 'HN', 'PY', 'SV', 'NI', 'CR', 'PA', 'UY', 'BR', 'PT', 'AO', 'MZ', 'FR', 'BE', 'CH', 'LU', 'DE', 'AT'];

export function nationalPhone(candidate: string): boolean {
  const text = candidate.trim();
  if (text.length > 30 || text.startsWith('+')) return false;
  const digits = text.replace(/\D/g, '').length;
  if (digits < 8 || digits > 13) return false;
  const metadata = phoneMetadata();
  if (!metadata) return true;
  for (const region of REGIONS) {
    try {
      if (parsePhoneNumberFromString(text, region, metadata as MetadataJson)?.isValid()) return true;
    } catch {
      // A malformed number for this country: try the next.
    }
  }
  return false;
}
