// One validator per policy key. Each returns the accepted value or undefined (the key is then left to
// the layer below) after recording why in the problem list.
import { CATEGORIES, SENSITIVITIES, type Category } from '../detector/types';
import { LANGUAGE_SETTINGS } from '../i18n/language';
import { describeValue, isPlainObject, type ProblemList } from './problems';
import { isSiteId, SITE_IDS } from './site-ids';
import { MODES, PHOTO_FACES, type Acknowledgement, type AuditSettings } from './types';
import { checkHostPattern, checkHttpsUrl } from './url-rules';

const MAX_TEXT = 500;
/** The acknowledgement text is a short policy statement, which can run to a few paragraphs. */
const MAX_ACKNOWLEDGEMENT_TEXT = 5000;
const MAX_LIST = 1000;
export const MAX_RETENTION_DAYS = 3650;

export function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: unknown, path: string, problems: ProblemList): T | undefined => {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    problems.add(path, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, not ${describeValue(value)}`);
    return undefined;
  };
}

export const validateMode = oneOf(MODES);
export const validateSensitivity = oneOf(SENSITIVITIES);
export const validateLanguage = oneOf(LANGUAGE_SETTINGS);
export const validatePhotoFaces = oneOf(PHOTO_FACES);

export function validateBoolean(value: unknown, path: string, problems: ProblemList): boolean | undefined {
  if (typeof value === 'boolean') return value;
  problems.add(path, `must be true or false, not ${describeValue(value)}`);
  return undefined;
}

export function validateText(value: unknown, path: string, problems: ProblemList, max = MAX_TEXT): string | undefined {
  if (typeof value !== 'string') {
    problems.add(path, `must be text, not ${describeValue(value)}`);
    return undefined;
  }
  if (value.length > max) {
    problems.add(path, `is ${value.length} characters long; the limit is ${max}`);
    return undefined;
  }
  return value;
}

/** A list of strings; bad items are dropped one by one, the rest kept. */
export function validateStringList(
  value: unknown, path: string, problems: ProblemList, checkItem?: (item: string) => string | null,
): string[] | undefined {
  if (!Array.isArray(value)) {
    problems.add(path, `must be a list, not ${describeValue(value)}`);
    return undefined;
  }
  const kept: string[] = [];
  value.slice(0, MAX_LIST).forEach((item, i) => {
    if (typeof item !== 'string' || !item.trim() || item.length > MAX_TEXT) {
      problems.add(`${path}[${i}]`, `must be non-empty text of at most ${MAX_TEXT} characters; it was ignored`);
      return;
    }
    const why = checkItem?.(item);
    if (why) problems.add(`${path}[${i}]`, `${why}; it was ignored`);
    else if (!kept.includes(item)) kept.push(item);
  });
  if (value.length > MAX_LIST) problems.add(path, `has ${value.length} entries; only the first ${MAX_LIST} were used`);
  return kept;
}

export function validateSiteList(value: unknown, path: string, problems: ProblemList): string[] | undefined {
  return validateStringList(value, path, problems, (item) =>
    isSiteId(item) ? null : `unknown site id "${item.slice(0, 40)}" (known: ${SITE_IDS.join(', ')})`);
}

export function validateHostList(value: unknown, path: string, problems: ProblemList): string[] | undefined {
  return validateStringList(value, path, problems, checkHostPattern);
}

export function validateCategories(value: unknown, path: string, problems: ProblemList): Partial<Record<Category, boolean>> | undefined {
  if (!isPlainObject(value)) {
    problems.add(path, `must be an object of category names to true/false, not ${describeValue(value)}`);
    return undefined;
  }
  const kept: Partial<Record<Category, boolean>> = {};
  for (const [key, on] of Object.entries(value)) {
    if (!(CATEGORIES as readonly string[]).includes(key)) {
      problems.add(`${path}.${key}`, `unknown category "${key.slice(0, 40)}" (known: ${CATEGORIES.join(', ')}); it was ignored`);
    } else if (typeof on !== 'boolean') {
      problems.add(`${path}.${key}`, `must be true or false, not ${describeValue(on)}; it was ignored`);
    } else kept[key as Category] = on;
  }
  return kept;
}

export function validateUrl(value: unknown, path: string, problems: ProblemList): string | undefined {
  const text = validateText(value, path, problems);
  if (text === undefined || text === '') return text;
  const why = checkHttpsUrl(text, false);
  if (why) problems.add(path, `${why}; it was ignored`);
  return why ? undefined : text;
}

export function validateAcknowledgement(value: unknown, path: string, problems: ProblemList): Partial<Acknowledgement> | undefined {
  if (!isPlainObject(value)) {
    problems.add(path, `must be an object with required, text and version, not ${describeValue(value)}`);
    return undefined;
  }
  const kept: Partial<Acknowledgement> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === 'required') {
      const v = validateBoolean(item, `${path}.required`, problems);
      if (v !== undefined) kept.required = v;
    } else if (key === 'text' || key === 'version') {
      const v = validateText(item, `${path}.${key}`, problems, key === 'text' ? MAX_ACKNOWLEDGEMENT_TEXT : MAX_TEXT);
      if (v !== undefined) kept[key] = v;
    } else problems.add(`${path}.${key}`, `unknown field "${key.slice(0, 40)}" was ignored`);
  }
  return kept;
}

export function validateAudit(value: unknown, path: string, problems: ProblemList): Partial<AuditSettings> | undefined {
  if (!isPlainObject(value)) {
    problems.add(path, `must be an object with retentionDays and endpoint, not ${describeValue(value)}`);
    return undefined;
  }
  const kept: Partial<AuditSettings> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === 'retentionDays') {
      if (Number.isInteger(item) && (item as number) >= 1 && (item as number) <= MAX_RETENTION_DAYS) kept.retentionDays = item as number;
      else problems.add(`${path}.retentionDays`, `must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}, not ${describeValue(item)}`);
    } else if (key === 'endpoint') {
      const text = validateText(item, `${path}.endpoint`, problems);
      const why = text ? checkHttpsUrl(text, true) : null;
      if (why) problems.add(`${path}.endpoint`, `${why}; audit events stay in this browser only`);
      else if (text) kept.endpoint = text;
    } else problems.add(`${path}.${key}`, `unknown field "${key.slice(0, 40)}" was ignored`);
  }
  return kept;
}
