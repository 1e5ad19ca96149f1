// Custom rules from IT policy (design.md §7), compiled into the same shape as built-in rules.
// Validation with explanations (including the catastrophic-backtracking check) is the policy
// validator's job (src/policy/validate-rules.ts), which both the extension and the CLI run before
// a rule reaches scan(); here a rule that still cannot compile is skipped so scan() never throws.
import { compileRule, type CompiledRule } from './rules/compile';
import { CATEGORIES, type RuleSpec } from './types';

export function compileCustomRules(specs: readonly RuleSpec[] = []): CompiledRule[] {
  const rules: CompiledRule[] = [];
  for (const spec of specs) {
    if (!spec || !CATEGORIES.includes(spec.category) || typeof spec.pattern !== 'string' || !/^[imsu]*$/.test(spec.flags ?? '')) continue;
    try {
      rules.push(compileRule({
        id: `custom.${spec.id}`,
        category: spec.category,
        safeHarbor: 'R',
        description: spec.description ?? 'Organisation rule',
        reason: spec.description ?? 'This matches a rule set by your organisation.',
        // Keywords gate the rule, like a Purview keyword list: no keyword in the paragraph, no match.
        prefilter: spec.keywords?.map((k) => k.toLowerCase()),
        patterns: [{ regex: spec.pattern, flags: spec.flags, confidence: spec.confidence ?? 0.9 }],
        examples: { match: [], noMatch: [] },
      }));
    } catch {
      // An invalid pattern is reported by the policy validator; the other rules still apply.
    }
  }
  return rules;
}
