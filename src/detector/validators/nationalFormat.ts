// A telephone number with no label and no country code, written in the exact grouping its own country
// prints numbers in: "06 47 28 15 93" or "06.47.28.15.93" (France), "(21) 98765-4321" (Brazil),
// "0917 555 0142" (the Philippines), "07700 900 123" is not (the United Kingdom prints "07700 900123").
// A run of digits is valid somewhere more often than not; the grouping is what a person copies from a
// phone's contact card or a form, and a date, a lot number or a reference rarely falls into it. So the
// number must be valid by Google's numbering plans (libphonenumber-js, as phoneNumber and nationalPhone
// use) in a country whose language the detector reads, outside North America (phone.nanp reads those),
// and its groups of digits must be the ones libphonenumber's national format gives it. At least three
// groups and nine digits: "2023-1145" is a valid Costa Rican number and a case number far more often.
// Until the metadata arrives with the knowledge, nothing is taken: without a label there is no other sign.
import { parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import { phoneMetadata } from '../knowledge';
import { nanpPhone } from './nanpPhone';

/** The countries that speak the detector's languages (nationalPhone.ts), without the North American plan. */
const REGIONS: readonly CountryCode[] = ['GB', 'IE', 'AU', 'PH', 'MX', 'ES', 'CO', 'AR', 'PE', 'VE', 'CL', 'EC', 'GT', 'CU',
  'DO', 'BO', 'HN', 'PY', 'SV', 'NI', 'CR', 'PA', 'UY', 'BR', 'PT', 'AO', 'MZ', 'FR', 'BE', 'CH', 'LU', 'DE', 'AT'];

/** The lengths of the runs of digits: "(21) 98765-4321" -> "2,5,4". */
const grouping = (text: string) => (text.match(/\d+/g) ?? []).map((run) => run.length).join(',');

export function nationalFormat(candidate: string): boolean {
  const text = candidate.trim();
  const groups = grouping(text);
  const digits = text.replace(/\D/g, '').length;
  if (text.length > 24 || text.startsWith('+') || groups.split(',').length < 3 || digits < 9 || digits > 13) return false;
  // A North American number in its 3-3-4 groups is phone.nanp's (Mexico prints many of its own so too).
  if (groups === '3,3,4' && nanpPhone(text)) return false;
  const metadata = phoneMetadata();
  if (!metadata) return false;
  for (const region of REGIONS) {
    try {
      const parsed = parsePhoneNumberFromString(text, region, metadata as MetadataJson);
      if (parsed?.isValid() && parsed.country === region && grouping(parsed.formatNational()) === groups) return true;
    } catch {
      // Not a number of this country: try the next.
    }
  }
  return false;
}
