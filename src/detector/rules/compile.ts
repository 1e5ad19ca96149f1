// Turns rule data into ready-to-run matchers once, at load time, so scanning does no parsing.
import type { Category } from '../types';
import { CHECKS } from './checks';
import type { ContextSpec, RuleData } from './types';

export interface CompiledRule {
  id: string;
  category: Category;
  reason: string;
  prefilter: string[] | null;
  prefilterRe: RegExp | null;
  patterns: { re: RegExp; confidence: number }[];
  check: ((value: string) => boolean) | null;
  context: ContextSpec[];
  requireContext: boolean;
  valueAdjust: { re: RegExp; delta: number }[];
  patientWeight: number;
  severity: 'patient' | 'provider';
}

export class RuleError extends Error {}

function flagsOf(extra = ''): string {
  // "d" gives exact offsets for the named value group.
  return 'gd' + [...new Set(extra.replace(/[gyd]/g, ''))].join('');
}

export function compileRule(rule: RuleData): CompiledRule {
  if (rule.validator && !CHECKS[rule.validator]) {
    throw new RuleError(`Rule "${rule.id}" names an unknown validator "${rule.validator}".`);
  }
  return {
    id: rule.id,
    category: rule.category,
    reason: rule.reason,
    prefilter: rule.prefilter?.length ? rule.prefilter : null,
    prefilterRe: rule.prefilterRegex ? new RegExp(rule.prefilterRegex, 'i') : null,
    patterns: rule.patterns.map((p) => ({ re: new RegExp(p.regex, flagsOf(p.flags)), confidence: p.confidence })),
    check: rule.validator ? CHECKS[rule.validator] : null,
    context: (rule.context ?? []).map((c) => ({ ...c, words: c.words.map((w) => w.toLowerCase()) })),
    requireContext: rule.requireContext ?? false,
    valueAdjust: (rule.valueAdjust ?? []).map((a) => ({ re: new RegExp(a.regex, (a.flags ?? '').replace(/[gy]/g, '')), delta: a.delta })),
    patientWeight: rule.patientWeight ?? 0,
    severity: rule.severity ?? 'patient',
  };
}
