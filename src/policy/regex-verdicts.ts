// Backtracking verdicts for custom rule patterns, computed once by the service worker (which has
// the analyser) and kept in storage.local, so content scripts in every frame reuse them instead of
// re-analysing each pattern on every page load. A pattern without a verdict yet is held back until
// the worker has checked it; the storage change then re-applies settings everywhere.
import type { PatternSafetyCheck } from './validate-rules';

/** Pattern key -> null when safe, else the explanation. */
export type RegexVerdicts = Record<string, string | null>;

export function verdictKey(pattern: string, flags: string): string {
  return `${flags}/${pattern}`;
}

export const NOT_CHECKED_YET = 'has not been checked for safety yet; it will apply as soon as it has been';

export function checkFromVerdicts(verdicts: RegexVerdicts | undefined): PatternSafetyCheck {
  return (pattern, flags) => {
    const verdict = verdicts?.[verdictKey(pattern, flags)];
    return verdict === undefined ? NOT_CHECKED_YET : verdict;
  };
}

/** Raw {pattern, flags} pairs of every rule in a raw layer, before validation. */
export function rawRulePatterns(layer: unknown): Array<{ pattern: string; flags: string }> {
  const rules = (layer as { customRules?: unknown } | null)?.customRules;
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((rule) => {
    const { pattern, flags = '' } = (rule ?? {}) as { pattern?: unknown; flags?: unknown };
    return typeof pattern === 'string' && typeof flags === 'string' ? [{ pattern, flags }] : [];
  });
}
