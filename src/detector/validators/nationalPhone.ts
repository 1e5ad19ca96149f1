// A telephone number written as its own country writes it, with no country code: "0917 555 0142" (the
// Philippines), "(11) 98765-4321" (Brazil), "06 12 34 56 78" (France), "0151 23456789" (Germany),
// "612 345 678" (Spain). Checked against Google's numbering plans through libphonenumber-js, as
// phoneNumber is: the number must be valid in one of the countries whose languages the detector reads
// (English, Spanish, Portuguese, French, German, Tagalog; story/cues.ts). Only a rule that has found a
// word saying it is a phone number ("celular", "téléphone", "Handy", "tawagan") asks this: many runs of 8
// to 13 digits are valid somewhere. Until the metadata arrives with the knowledge, a number of 8 to 13
// digits is taken (the guard warns rather than misses), as phoneNumber does.
import { Metadata, parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import { phoneMetadata } from '../knowledge';

/** ISO 3166 codes of the countries that speak the detector's languages, the most populous first. */
export const REGIONS: readonly CountryCode[] = ['US', 'CA', 'GB', 'IE', 'AU', 'PH', 'MX', 'ES', 'CO', 'AR', 'PE', 'VE', 'CL', 'EC',
  'GT', 'CU', 'DO', 'BO', 'HN', 'PY', 'SV', 'NI', 'CR', 'PA', 'UY', 'BR', 'PT', 'AO', 'MZ', 'FR', 'BE', 'CH', 'LU', 'DE', 'AT'];

/** Per region, read once per metadata object: its possible national number lengths, whether its trunk
 *  prefix is 0 (North America's is 1), and the pattern every one of its numbers matches. */
interface Plan { lengths: ReadonlySet<number>; trunkZero: boolean; pattern: RegExp | null }
// libphonenumber-js's NumberingPlan as it is at run time (these methods are not in its type declarations).
interface RuntimePlan { possibleLengths(): number[]; nationalPrefix(): string | undefined; nationalNumberPattern(): string | undefined }
const plansFor = new WeakMap<object, ReadonlyMap<CountryCode, Plan>>();
function plansOf(metadata: object): ReadonlyMap<CountryCode, Plan> {
  let table = plansFor.get(metadata);
  if (!table) {
    const plans = new Metadata(metadata as MetadataJson);
    table = new Map(REGIONS.map((region) => {
      plans.selectNumberingPlan(region);
      const plan = plans.numberingPlan as RuntimePlan | undefined;
      const pattern = plan?.nationalNumberPattern();
      return [region, { lengths: new Set(plan?.possibleLengths() ?? []), trunkZero: plan?.nationalPrefix() === '0', pattern: pattern ? new RegExp(`^(?:${pattern})$`) : null }] as const;
    }));
    plansFor.set(metadata, table);
  }
  return table;
}

/** REGIONS in the order to try them: first those whose numbers look like this one (its digits, less a
 *  trunk zero it starts with in a country whose trunk prefix is 0, match the country's number pattern), then
 *  those where at least the length is possible, then the rest. Only the order changes, never the answer
 *  (valid in any of them), but most numbers asked about are valid, and a parse costs 10-70 µs: in a fixed
 *  order, a number valid only in the 26th country cost about 0.5 ms. */
export function regionsToTry(text: string, metadata: object): CountryCode[] {
  const plans = plansOf(metadata);
  const digits = text.replace(/\D/g, '');
  const trunk = text.replace(/^\(/, '').startsWith('0');
  const national = trunk ? digits.slice(1) : digits;
  const tiers: CountryCode[][] = [[], [], []];
  for (const region of REGIONS) {
    const plan = plans.get(region)!;
    const fits = (!trunk || plan.trunkZero) && plan.lengths.has(national.length);
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
