// Turns rule data into ready-to-run matchers once, at load time, so scanning does no parsing.
import type { Category } from '../types';
import { asciiTwin } from '../text/ascii-twin';
import { CHECKS, CHECK_MIN_DIGITS } from './checks';
import { minDigitRun } from './digit-runs';
import { requiredLiterals } from './literals';
import { pairsOf } from './pairs';
import type { ContextSpec, RuleData } from './types';

export interface CompiledRule {
  id: string;
  category: Category;
  reason: string;
  /** The prefilter keywords laid out for rules/run.ts to decide them in one loop (keywordGate below). */
  keywordGate: KeywordGate | null;
  /** The prefilter regex, shared by the rules that name the same one, with its answer for the paragraph
   *  of `stamp`, a view's serial (rules/run.ts tests it once per paragraph). */
  prefilterRe: PrefilterTest | null;
  /** Each pattern with its ASCII twin (text/ascii-twin.ts), run instead on a paragraph of ASCII only, and the
   *  longest run of digits its every match holds (rules/digit-runs.ts): not run where the paragraph has none as long. */
  patterns: CompiledPattern[];
  check: ((value: string) => boolean) | null;
  /** The digits a value must hold to pass the check (checks.ts CHECK_MIN_DIGITS), 0 when it says nothing. */
  minDigits: number;
  /** Each context spec with its words lower-cased and their pairs of adjacent characters (rules/pairs.ts). */
  context: (ContextSpec & { pairs: Uint16Array[] })[];
  requireContext: boolean;
  valueAdjust: { re: RegExp; delta: number }[];
  patientWeight: number;
  severity: 'patient' | 'provider';
}

export interface CompiledPattern {
  re: RegExp;
  ascii: RegExp | null;
  exact: RegExp;
  minDigitRun: number;
  /** The words one of which its every match holds (rules/literals.ts), as a gate: not run where the paragraph
   *  holds none of them. Read from the regex once it has been asked for READ_GATE_AFTER times (undefined until
   *  then, and the regex runs ungated): reading every pattern's words as the rules compile, or as each first runs,
   *  made the first scan after import slower by a sixth, for gates that pay only over many paragraphs. `folds`:
   *  it has the u and i flags, so ſ and K fold to ASCII letters (no gate then). */
  gate: WordGate | null | undefined;
  asked: number;
  folds: boolean;
  confidence: number;
}

/** `gate`: the words one of which every match of `re` holds (rules/literals.ts), decided as keywords are. */
export interface PrefilterTest { re: RegExp; minDigitRun: number; gate: WordGate | null | undefined; asked: number; stamp: number; answer: boolean }

/** How many times a pattern or prefilter regex runs ungated before its words are read (CompiledPattern.gate). */
export const READ_GATE_AFTER = 4;

/** A regex's required words as a keyword gate, with its answer for the paragraph of `stamp` (a view's serial):
 *  patterns of a rule, and of several rules, often need the same words (the months of date.written's five
 *  patterns and its prefilter), and the paragraph is asked once. */
export interface WordGate { gate: KeywordGate; stamp: number; answer: boolean }
const wordGates = new Map<string, WordGate>();

/** The gate of a regex's required words (rules/literals.ts), or null when it has none. */
export function literalGate(re: RegExp): WordGate | null {
  const words = requiredLiterals(re.source, re.flags);
  // "#digit" and "#at" are a gate's flags, not words.
  if (!words || words.some((w) => w === '#digit' || w === '#at')) return null;
  const key = words.join('\n');
  let gate = wordGates.get(key);
  if (!gate) {
    gate = { gate: keywordGate(words), stamp: 0, answer: false };
    // Custom rules come and go: their gates are not kept beyond a bound (nor needed to be shared).
    if (wordGates.size < 1024) wordGates.set(key, gate);
  }
  return gate;
}

/** A rule's prefilter keywords, one of which the paragraph must hold (rules/run.ts passesKeywords), sorted by how
 *  they are decided: "#digit" and "#at" by the view's flags, a one-character ASCII keyword by the paragraph's
 *  characters, any other by its pairs of adjacent characters (rules/pairs.ts), then, unless it is two ASCII
 *  characters (which its one pair decides), by a search. The answer is the same as asking the keywords in their
 *  order (each answer is pure, and any one suffices); a short paragraph says no to every keyword of the ~40 rules
 *  that have them, and one loop over numbers is several times cheaper there than a call and arrays per keyword. */
export interface KeywordGate {
  digit: boolean;
  at: boolean;
  /** The one-character ASCII keywords' codes. */
  chars: Uint8Array;
  /** The other keywords' pairs, flat: each keyword's count of pairs, then its pairs. */
  pairs: Uint16Array;
  /** Those keywords in the same order, or null where the pairs decide alone. */
  words: (string | null)[];
}

export function keywordGate(keywords: readonly string[]): KeywordGate {
  const chars: number[] = [];
  const pairs: number[] = [];
  const words: (string | null)[] = [];
  const isAsciiChar = (code: number) => code < 127;
  for (const k of keywords) {
    if (k === '#digit' || k === '#at') continue;
    if (k.length === 1 && isAsciiChar(k.charCodeAt(0))) {
      chars.push(k.charCodeAt(0));
      continue;
    }
    const own = pairsOf(k);
    pairs.push(own.length, ...own);
    words.push(k.length === 2 && isAsciiChar(k.charCodeAt(0)) && isAsciiChar(k.charCodeAt(1)) ? null : k);
  }
  return { digit: keywords.includes('#digit'), at: keywords.includes('#at'), chars: Uint8Array.from(chars), pairs: Uint16Array.from(pairs), words };
}

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
    test = { re: new RegExp(source, 'i'), minDigitRun: minDigitRun(source), gate: undefined, asked: 0, stamp: 0, answer: false };
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
    keywordGate: rule.prefilter?.length ? keywordGate(rule.prefilter) : null,
    prefilterRe: rule.prefilterRegex ? prefilterTest(rule.prefilterRegex) : null,
    patterns: rule.patterns.map((p) => {
      // The search runs without "d": offsets of the groups cost about 300 ns a match. `exact` ("d", sticky) gives
      // the named value group's offsets, run again at a match's start only where its value is ambiguous (rules/run.ts).
      const re = new RegExp(p.regex, flagsOf(p.flags ?? '', 'g'));
      return { re, ascii: asciiTwin(re), exact: new RegExp(p.regex, flagsOf(p.flags ?? '', 'dy')), minDigitRun: minDigitRun(p.regex),
        gate: undefined, asked: 0, folds: re.unicode && re.ignoreCase, confidence: p.confidence };
    }),
    check: rule.validator ? CHECKS[rule.validator] : null,
    minDigits: (rule.validator && CHECK_MIN_DIGITS[rule.validator]) || 0,
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
