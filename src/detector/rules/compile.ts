// Turns rule data into ready-to-run matchers once, at load time, so scanning does no parsing.
import type { Category } from '../types';
import { asciiTwin } from '../text/ascii-twin';
import { CHECKS } from './checks';
import type { ContextSpec, RuleData } from './types';

export interface CompiledRule {
  id: string;
  category: Category;
  reason: string;
  prefilter: string[] | null;
  prefilterRe: RegExp | null;
  /** Each pattern with its ASCII twin (text/ascii-twin.ts), run instead on a paragraph of ASCII only. */
  patterns: { re: RegExp; ascii: RegExp | null; confidence: number }[];
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

// Rules that share a prefilter regex (a phone number and a fax number, spelled phones and SSNs) share
// one RegExp, so a paragraph tests it once (rules/run.ts).
const prefilters = new Map<string, RegExp>();
function prefilterRegExp(source: string): RegExp {
  let re = prefilters.get(source);
  if (!re) {
    re = new RegExp(source, 'i');
    if (prefilters.size < 256) prefilters.set(source, re);
  }
  return re;
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
    prefilterRe: rule.prefilterRegex ? prefilterRegExp(rule.prefilterRegex) : null,
    patterns: rule.patterns.map((p) => {
      const re = new RegExp(p.regex, flagsOf(p.flags));
      return { re, ascii: asciiTwin(re), confidence: p.confidence };
    }),
    check: rule.validator ? CHECKS[rule.validator] : null,
    context: (rule.context ?? []).map((c) => ({ ...c, words: c.words.map((w) => w.toLowerCase()) })),
    requireContext: rule.requireContext ?? false,
    valueAdjust: (rule.valueAdjust ?? []).map((a) => ({ re: new RegExp(a.regex, (a.flags ?? '').replace(/[gy]/g, '')), delta: a.delta })),
    patientWeight: rule.patientWeight ?? 0,
    severity: rule.severity ?? 'patient',
  };
}
