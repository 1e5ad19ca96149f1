// Validates organisation and user custom rules. A rule is applied only when its regex compiles, its
// flags are ones the detector can use, and it cannot backtrack catastrophically: a single bad rule
// is dropped with an explanation and every other rule still applies.
import { CATEGORIES, type Category, type RuleSpec } from '../detector/types';
import { describeValue, isPlainObject, type ProblemList } from './problems';

/** Longest pattern accepted: long patterns are slow to check and hard for IT to review. */
export const MAX_PATTERN_LENGTH = 500;
export const MAX_RULES = 200;
/** i, m, s and u change what matches; g, y and d are the detector's business, so they are refused. */
export const ALLOWED_FLAGS = ['i', 'm', 's', 'u'] as const;
const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const RULE_KEYS = new Set(['id', 'category', 'pattern', 'flags', 'keywords', 'confidence', 'description']);

/** Returns null when the pattern is safe to run on long text, else a plain explanation. */
export type PatternSafetyCheck = (pattern: string, flags: string) => string | null;

export function checkFlags(flags: string): string | null {
  for (const [i, flag] of [...flags].entries()) {
    if (!(ALLOWED_FLAGS as readonly string[]).includes(flag)) {
      return `flag "${flag}" is not allowed; use only ${ALLOWED_FLAGS.join(', ')}`;
    }
    if (flags.indexOf(flag) !== i) return `flag "${flag}" appears twice`;
  }
  return null;
}

/** Compile and shape checks that need no backtracking analysis. */
export function checkPatternSyntax(pattern: string, flags: string): string | null {
  if (pattern.length === 0) return 'is empty';
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return `is ${pattern.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`;
  }
  try {
    const regex = new RegExp(pattern, flags);
    if (regex.test('')) return 'matches empty text, so it would flag every post';
  } catch (error) {
    return `does not compile: ${(error as Error).message}`;
  }
  return null;
}

function validateOneRule(raw: unknown, path: string, problems: ProblemList, check: PatternSafetyCheck): RuleSpec | null {
  if (!isPlainObject(raw)) {
    problems.add(path, `must be an object with id, category and pattern, not ${describeValue(raw)}`);
    return null;
  }
  for (const key of Object.keys(raw)) {
    if (!RULE_KEYS.has(key)) problems.add(`${path}.${key}`, `unknown rule field "${key}" was ignored`);
  }
  const { id, category, pattern } = raw;
  if (typeof id !== 'string' || !RULE_ID.test(id)) {
    problems.add(`${path}.id`, 'must be 1–64 letters, digits, ".", "_" or "-"; the rule was ignored');
    return null;
  }
  if (typeof category !== 'string' || !(CATEGORIES as readonly string[]).includes(category)) {
    problems.add(`${path}.category`, `unknown category ${describeValue(category)}; the rule "${id}" was ignored`);
    return null;
  }
  const flags = raw.flags === undefined ? '' : raw.flags;
  if (typeof flags !== 'string') {
    problems.add(`${path}.flags`, `must be a string such as "i"; the rule "${id}" was ignored`);
    return null;
  }
  const flagProblem = checkFlags(flags);
  if (flagProblem) {
    problems.add(`${path}.flags`, `${flagProblem}; the rule "${id}" was ignored`);
    return null;
  }
  if (typeof pattern !== 'string') {
    problems.add(`${path}.pattern`, `must be a string; the rule "${id}" was ignored`);
    return null;
  }
  const patternProblem = checkPatternSyntax(pattern, flags) ?? check(pattern, flags);
  if (patternProblem) {
    problems.add(`${path}.pattern`, `the pattern ${patternProblem}; the rule "${id}" was ignored`);
    return null;
  }
  const rule: RuleSpec = { id, category: category as Category, pattern };
  if (flags) rule.flags = flags;
  if (raw.keywords !== undefined) {
    if (Array.isArray(raw.keywords) && raw.keywords.every((k) => typeof k === 'string' && k.trim())) {
      rule.keywords = raw.keywords as string[];
    } else problems.add(`${path}.keywords`, 'must be a list of non-empty words; keywords were ignored');
  }
  if (raw.confidence !== undefined) {
    const c = raw.confidence;
    if (typeof c === 'number' && c >= 0 && c <= 1) rule.confidence = c;
    else problems.add(`${path}.confidence`, `must be a number from 0 to 1, not ${describeValue(c)}; the default was used`);
  }
  if (raw.description !== undefined) {
    if (typeof raw.description === 'string') rule.description = raw.description.slice(0, 300);
    else problems.add(`${path}.description`, 'must be text; it was ignored');
  }
  return rule;
}

export function validateRules(raw: unknown, path: string, problems: ProblemList, check: PatternSafetyCheck): RuleSpec[] | undefined {
  if (!Array.isArray(raw)) {
    problems.add(path, `must be a list of rules, not ${describeValue(raw)}`);
    return undefined;
  }
  if (raw.length > MAX_RULES) problems.add(path, `has ${raw.length} rules; only the first ${MAX_RULES} were used`);
  const rules: RuleSpec[] = [];
  const seen = new Set<string>();
  raw.slice(0, MAX_RULES).forEach((item, i) => {
    const rule = validateOneRule(item, `${path}[${i}]`, problems, check);
    if (!rule) return;
    if (seen.has(rule.id)) {
      problems.add(`${path}[${i}].id`, `duplicate rule id "${rule.id}"; only the first rule with this id was used`);
      return;
    }
    seen.add(rule.id);
    rules.push(rule);
  });
  return rules;
}
