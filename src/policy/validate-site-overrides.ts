// siteOverrides: per known site id, { composer?, submit?, submitLabels? }. Each field is checked on
// its own, so one bad selector is reported with its path and dropped while the rest of the entry,
// and of the policy, still applies.
import { checkCssSelector } from './css-selector';
import { describeValue, isPlainObject, type ProblemList } from './problems';
import { isSiteId, SITE_IDS } from './site-ids';
import type { SiteOverride, SiteOverrides } from './types';

export const SITE_OVERRIDE_FIELDS = ['composer', 'submit', 'submitLabels'] as const;
export const MAX_SUBMIT_LABELS = 50;
export const MAX_LABEL_LENGTH = 80;

function validateSelector(value: unknown, path: string, problems: ProblemList): string | undefined {
  if (typeof value !== 'string') {
    problems.add(path, `must be a CSS selector (text), not ${describeValue(value)}; it was ignored`);
    return undefined;
  }
  const why = checkCssSelector(value);
  if (why) problems.add(path, `${describeValue(value)} ${why}; it was ignored`);
  return why ? undefined : value;
}

function validateLabels(value: unknown, path: string, problems: ProblemList): string[] | undefined {
  if (!Array.isArray(value)) {
    problems.add(path, `must be a list of button labels, not ${describeValue(value)}; it was ignored`);
    return undefined;
  }
  const kept: string[] = [];
  value.slice(0, MAX_SUBMIT_LABELS).forEach((item, i) => {
    if (typeof item !== 'string' || !item.trim() || item.length > MAX_LABEL_LENGTH) {
      problems.add(`${path}[${i}]`, `must be non-empty text of at most ${MAX_LABEL_LENGTH} characters, not ${describeValue(item)}; it was ignored`);
    } else if (!kept.includes(item.trim())) kept.push(item.trim());
  });
  if (value.length > MAX_SUBMIT_LABELS) problems.add(path, `has ${value.length} labels; only the first ${MAX_SUBMIT_LABELS} were used`);
  return kept.length ? kept : undefined;
}

function validateEntry(value: unknown, path: string, problems: ProblemList): SiteOverride | undefined {
  if (!isPlainObject(value)) {
    problems.add(path, `must be an object with composer, submit and/or submitLabels, not ${describeValue(value)}; it was ignored`);
    return undefined;
  }
  const kept: SiteOverride = {};
  for (const [field, item] of Object.entries(value)) {
    const fieldPath = `${path}.${field}`;
    if (field === 'composer' || field === 'submit') {
      const selector = validateSelector(item, fieldPath, problems);
      if (selector !== undefined) kept[field] = selector;
    } else if (field === 'submitLabels') {
      const labels = validateLabels(item, fieldPath, problems);
      if (labels) kept.submitLabels = labels;
    } else {
      problems.add(fieldPath, `unknown field "${field.slice(0, 40)}" was ignored (known: ${SITE_OVERRIDE_FIELDS.join(', ')})`);
    }
  }
  return Object.keys(kept).length ? kept : undefined;
}

export function validateSiteOverrides(value: unknown, path: string, problems: ProblemList): SiteOverrides | undefined {
  if (!isPlainObject(value)) {
    problems.add(path, `must be an object of site ids to overrides, not ${describeValue(value)}`);
    return undefined;
  }
  const kept: SiteOverrides = {};
  for (const [siteId, entry] of Object.entries(value)) {
    if (!isSiteId(siteId)) {
      problems.add(`${path}.${siteId.slice(0, 40)}`, `unknown site id "${siteId.slice(0, 40)}" was ignored (known: ${SITE_IDS.join(', ')})`);
      continue;
    }
    const override = validateEntry(entry, `${path}.${siteId}`, problems);
    if (override) kept[siteId] = override;
  }
  return kept;
}
