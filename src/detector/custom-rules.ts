// Custom rules from IT policy (design.md §7). A rule is refused, with a reason naming it, when its
// pattern does not compile, is too long, or can backtrack catastrophically (ReDoS): one bad rule
// must never freeze a clinician's browser, and the others still apply.
import { isSafePattern } from 'redos-detector';
import { compileRule, type CompiledRule } from './rules/compile';
import { CATEGORIES, type RuleSpec } from './types';

export const MAX_PATTERN_LENGTH = 500;
const ALLOWED_FLAGS = /^[imsu]*$/;

export interface RuleProblem {
  ruleId: string;
  message: string;
}

/** Why a pattern may not run, or null when it is safe. Shared by the policy validator and the CLI. */
export function patternProblem(pattern: string, flags = ''): string | null {
  if (typeof pattern !== 'string' || pattern.length === 0) return 'the pattern is empty';
  if (pattern.length > MAX_PATTERN_LENGTH) return `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  if (!ALLOWED_FLAGS.test(flags)) return `flags "${flags}" are not allowed (use only i, m, s, u)`;
  try {
    new RegExp(pattern, flags);
  } catch (e) {
    return `the pattern is not a valid regular expression (${(e as Error).message})`;
  }
  try {
    const result = isSafePattern(pattern, { caseInsensitive: flags.includes('i'), dotAll: flags.includes('s'), unicode: flags.includes('u'), multiLine: flags.includes('m'), timeout: 1000 } as Parameters<typeof isSafePattern>[1]);
    if (!result.safe) return 'the pattern can backtrack catastrophically (ReDoS) and could freeze the browser';
  } catch (e) {
    return `the pattern could not be checked for catastrophic backtracking (${(e as Error).message})`;
  }
  return null;
}

export function compileCustomRules(specs: readonly RuleSpec[] = []): { rules: CompiledRule[]; problems: RuleProblem[] } {
  const rules: CompiledRule[] = [];
  const problems: RuleProblem[] = [];
  for (const spec of specs) {
    const ruleId = spec?.id ?? '(no id)';
    if (!CATEGORIES.includes(spec?.category)) {
      problems.push({ ruleId, message: `unknown category "${spec?.category}"` });
      continue;
    }
    const problem = patternProblem(spec.pattern, spec.flags ?? '');
    if (problem) {
      problems.push({ ruleId, message: problem });
      continue;
    }
    rules.push(compileRule({
      id: `custom.${ruleId}`,
      category: spec.category,
      safeHarbor: 'R',
      description: spec.description ?? 'Organisation rule',
      reason: spec.description ?? 'This matches a rule set by your organisation.',
      prefilter: spec.keywords?.map((k) => k.toLowerCase()),
      patterns: [{ regex: spec.pattern, flags: spec.flags, confidence: spec.confidence ?? 0.9 }],
      examples: { match: [], noMatch: [] },
    }));
  }
  return { rules, problems };
}
