// Live checking of a custom rule being typed: the same validator as policy, and the rule's matches
// in sample text, found only after the pattern has passed the backtracking check.
import type { RuleSpec } from '../detector/types';
import { validatePolicy } from '../policy/validate';
import type { MarkSpan } from './HighlightedText';
import { t } from '../i18n';

export const MAX_SAMPLE = 2000;

export function checkDraft(draft: RuleSpec, existing: RuleSpec[]): { rule: RuleSpec | null; messages: string[] } {
  const { policy, problems } = validatePolicy({ customRules: [draft.flags ? draft : { ...draft, flags: undefined }] }, 'user');
  const messages = problems.map((p) => p.message);
  if (existing.some((r) => r.id === draft.id)) messages.push(t('ruleDuplicateId', draft.id));
  const rule = policy.customRules?.[0] ?? null;
  return { rule: messages.length ? null : rule, messages };
}

export function matchesIn(rule: RuleSpec, sample: string): MarkSpan[] {
  const regex = new RegExp(rule.pattern, `${rule.flags ?? ''}g`);
  const spans: MarkSpan[] = [];
  for (const match of sample.slice(0, MAX_SAMPLE).matchAll(regex)) {
    if (match[0].length === 0) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, title: rule.id });
    if (spans.length >= 200) break;
  }
  return spans;
}
