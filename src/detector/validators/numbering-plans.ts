// What the phone validators (nationalPhone, nationalFormat) read from libphonenumber-js's numbering plans
// before they parse: per country, the possible national number lengths, the trunk prefix, the pattern every
// national number matches, and the groups of digits its formats print. Read once per metadata object: a
// parse costs 10-70 µs per country, and these let the validators skip or reorder parses without changing
// an answer.
import { Metadata, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';

/** ISO 3166 codes of the countries that speak the detector's languages, the most populous first. */
export const REGIONS: readonly CountryCode[] = ['US', 'CA', 'GB', 'IE', 'AU', 'PH', 'MX', 'ES', 'CO', 'AR', 'PE', 'VE', 'CL', 'EC',
  'GT', 'CU', 'DO', 'BO', 'HN', 'PY', 'SV', 'NI', 'CR', 'PA', 'UY', 'BR', 'PT', 'AO', 'MZ', 'FR', 'BE', 'CH', 'LU', 'DE', 'AT'];

export interface NumberingPlan {
  lengths: ReadonlySet<number>;
  /** "0" in most countries, "1" in North America, "" where there is none. */
  trunkPrefix: string;
  /** The whole national number's pattern, anchored; null when the plan has none. */
  pattern: RegExp | null;
  /** Every grouping the formats print ([min, max] digits per group), with and without the trunk zero; null
   *  when a format prints anything but the number's digits (Argentina's mobile "15"). */
  groupings: readonly (readonly [number, number][])[] | null;
  /** The trunk prefix is rewritten, not only removed, when the number is parsed. */
  rewritesNumber: boolean;
}

// libphonenumber-js's NumberingPlan and formats as they are at run time (not in its type declarations).
interface PlanFormat { pattern(): string; format(): string; nationalPrefixFormattingRule(): string | undefined }
interface RuntimePlan {
  possibleLengths(): number[];
  formats(): PlanFormat[];
  nationalPrefix(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  nationalNumberPattern(): string | undefined;
}

const plansFor = new WeakMap<object, ReadonlyMap<CountryCode, NumberingPlan>>();

export function numberingPlans(metadata: object): ReadonlyMap<CountryCode, NumberingPlan> {
  let table = plansFor.get(metadata);
  if (!table) {
    const plans = new Metadata(metadata as MetadataJson);
    table = new Map(REGIONS.map((region) => {
      plans.selectNumberingPlan(region);
      const plan = plans.numberingPlan as RuntimePlan | undefined;
      const pattern = plan?.nationalNumberPattern();
      return [region, {
        lengths: new Set(plan?.possibleLengths() ?? []),
        trunkPrefix: plan?.nationalPrefix() ?? '',
        pattern: pattern ? new RegExp(`^(?:${pattern})$`) : null,
        groupings: groupingsOf(plan),
        rewritesNumber: !!plan?.nationalPrefixTransformRule(),
      }] as const;
    }));
    plansFor.set(metadata, table);
  }
  return table;
}

function groupingsOf(plan: RuntimePlan | undefined): [number, number][][] | null {
  const formats = plan?.formats?.();
  if (!formats) return null;
  const out: [number, number][][] = [];
  for (const f of formats) {
    const groups = [...f.pattern().matchAll(/\(\\d(?:\{(\d+)(?:,(\d+))?\})?\)/g)].map((m): [number, number] => [Number(m[1] ?? 1), Number(m[2] ?? m[1] ?? 1)]);
    // Each group printed once, in order, between separators ("$1 $2-$3"): anything else is not read.
    if (!groups.length || f.format().replace(/[^$\d]+/g, ' ').trim() !== groups.map((_, i) => `$${i + 1}`).join(' ')) return null;
    out.push(groups);
    const rule = f.nationalPrefixFormattingRule() ?? '';
    if (/0\$1/.test(rule)) out.push([[groups[0][0] + 1, groups[0][1] + 1], ...groups.slice(1)]);
    else if (/0\D+\$1/.test(rule)) out.push([[1, 1], ...groups]);
  }
  return out;
}
