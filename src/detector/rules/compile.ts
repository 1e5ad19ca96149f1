// Turns rule data into ready-to-run matchers once, at load time, so scanning does no parsing.
import type { Category } from '../types';
import { asciiTwin } from '../text/ascii-twin';
import { CHECKS } from './checks';
import { minDigitRun } from './digit-runs';
import { pairsOf } from './pairs';
import type { ContextSpec, RuleData } from './types';

export interface CompiledRule {
  id: string;
  category: Category;
  reason: string;
  prefilter: string[] | null;
  /** Each prefilter keyword's pairs of adjacent characters (rules/pairs.ts), in the same order. */
  prefilterPairs: Uint16Array[] | null;
  /** The prefilter regex, shared by the rules that name the same one, with its answer for the paragraph
   *  of `stamp`, a view's serial (rules/run.ts tests it once per paragraph). */
  prefilterRe: PrefilterTest | null;
  /** Each pattern with its ASCII twin (text/ascii-twin.ts), run instead on a paragraph of ASCII only, and the
   *  longest run of digits its every match holds (rules/digit-runs.ts): not run where the paragraph has none as long. */
  patterns: { re: RegExp; ascii: RegExp | null; exact: RegExp; minDigitRun: number; confidence: number }[];
  check: ((value: string) => boolean) | null;
  /** Each context spec with its words lower-cased and their pairs of adjacent characters (rules/pairs.ts). */
  context: (ContextSpec & { pairs: Uint16Array[] })[];
  requireContext: boolean;
  valueAdjust: { re: RegExp; delta: number }[];
  patientWeight: number;
  severity: 'patient' | 'provider';
}

export interface PrefilterTest { re: RegExp; minDigitRun: number; stamp: number; answer: boolean }

export class RuleError extends Error {}

function flagsOf(extra: string, search: string): string {
  return search + [...new Set(extra.replace(/[gyd]/g, ''))].join('');
}

// Rules that share a prefilter regex (a phone number and a fax number, spelled phones and SSNs) share
// one test, so a paragraph tests it once (rules/run.ts).
const prefilters = new Map<string, PrefilterTest>();
function prefilterTest(source: string): PrefilterTest {
  let test = prefilters.get(source);
  if (!test) {
    test = { re: new RegExp(source, 'i'), minDigitRun: minDigitRun(source), stamp: 0, answer: false };
    if (prefilters.size < 256) prefilters.set(source, test);
  }
  return test;
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
    prefilterPairs: rule.prefilter?.length ? rule.prefilter.map(pairsOf) : null,
    prefilterRe: rule.prefilterRegex ? prefilterTest(rule.prefilterRegex) : null,
    patterns: rule.patterns.map((p) => {
      // The search runs without "d": offsets of the groups cost about 300 ns a match. `exact` ("d", sticky) gives
      // the named value group's offsets, run again at a match's start only where its value is ambiguous (rules/run.ts).
      const re = new RegExp(p.regex, flagsOf(p.flags ?? '', 'g'));
      return { re, ascii: asciiTwin(re), exact: new RegExp(p.regex, flagsOf(p.flags ?? '', 'dy')), minDigitRun: minDigitRun(p.regex), confidence: p.confidence };
    }),
    check: rule.validator ? CHECKS[rule.validator] : null,
    context: (rule.context ?? []).map((c) => {
      const words = c.words.map((w) => w.toLowerCase());
      return { ...c, words, pairs: words.map(pairsOf) };
    }),
    requireContext: rule.requireContext ?? false,
    valueAdjust: (rule.valueAdjust ?? []).map((a) => ({ re: new RegExp(a.regex, (a.flags ?? '').replace(/[gy]/g, '')), delta: a.delta })),
    patientWeight: rule.patientWeight ?? 0,
    severity: rule.severity ?? 'patient',
  };
}
