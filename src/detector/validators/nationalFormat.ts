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
import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import { phoneMetadata } from '../knowledge';
import { nanpPhone } from './nanpPhone';
import { numberingPlans, REGIONS as LANGUAGE_REGIONS, type NumberingPlan } from './numbering-plans';

/** The countries that speak the detector's languages (numbering-plans.ts), without the North American plan. */
const REGIONS = LANGUAGE_REGIONS.filter((region) => region !== 'US' && region !== 'CA');

// A candidate's length, groups and digits fit only a few countries, or none (an SSN's 3-2-4): the checks
// below only skip parses, and a plan they cannot read leaves the country always tried.
const fitsGrouping = (plan: NumberingPlan, lengths: readonly number[]) =>
  !plan.groupings || plan.groupings.some((g) => g.length === lengths.length && g.every(([min, max], i) => lengths[i] >= min && lengths[i] <= max));

/** Whether `digits`, as written or less the trunk prefix it starts with, may be one of the country's numbers.
 *  Asked only where every format prints the national number's digits and nothing else (`groupings` read)
 *  and the trunk prefix is removed, never rewritten (Argentina's mobile "15" is). There, a number this
 *  validator accepts is written as its national number, with or without the trunk prefix (its groups are
 *  those of the national format, so its digits are too), and a valid national number matches the country's
 *  pattern: so a number whose digits match it neither way is not accepted, and skipping its parse changes no
 *  answer (a test compares with parsing every time). */
function mayBeNational(plan: NumberingPlan, digits: string): boolean {
  const pattern = plan.groupings && !plan.rewritesNumber ? plan.pattern : null;
  return (
    !pattern ||
    pattern.test(digits) ||
    (digits.startsWith('0') && pattern.test(digits.slice(1))) ||
    (!!plan.trunkPrefix && digits.startsWith(plan.trunkPrefix) && pattern.test(digits.slice(plan.trunkPrefix.length)))
  );
}

/** The lengths of the runs of digits: "(21) 98765-4321" -> "2,5,4". */
const grouping = (text: string) => (text.match(/\d+/g) ?? []).map((run) => run.length).join(',');

export function nationalFormat(candidate: string): boolean {
  const text = candidate.trim();
  const groups = grouping(text);
  const allDigits = text.replace(/\D/g, '');
  const digits = allDigits.length;
  if (text.length > 24 || text.startsWith('+') || groups.split(',').length < 3 || digits < 9 || digits > 13) return false;
  // A North American number in its 3-3-4 groups is phone.nanp's (Mexico prints many of its own so too).
  if (groups === '3,3,4' && nanpPhone(text)) return false;
  const metadata = phoneMetadata();
  if (!metadata) return false;
  const plans = numberingPlans(metadata);
  const runs = groups.split(',').map(Number);
  // Written nationally, a number may carry its trunk zero ("06 …" for the French 6 …).
  const trunk = text.replace(/^\(/, '').startsWith('0');
  for (const region of REGIONS) {
    const plan = plans.get(region)!;
    if (!plan.lengths.has(digits) && !(trunk && plan.lengths.has(digits - 1))) continue;
    if (!fitsGrouping(plan, runs) || !mayBeNational(plan, allDigits)) continue;
    try {
      const parsed = parsePhoneNumberFromString(text, region, metadata as MetadataJson);
      if (parsed?.isValid() && parsed.country === region && grouping(parsed.formatNational()) === groups) return true;
    } catch {
      // Not a number of this country: try the next.
    }
  }
  return false;
}
