// Runs compiled rules over one paragraph of normalised text and returns raw candidates with
// their local confidence (pattern + validator + context window). Post-level patient context is
// applied later, in scan.ts, so a paragraph's candidates can be cached while the user types.
import { isAscii } from '../text/ascii-twin';
import { phraseInWindow, windowOf } from '../text/words';
import { literalGate, READ_GATE_AFTER, type CompiledRule, type KeywordGate, type WordGate } from './compile';
import { slot } from './pairs';
import type { Candidate } from '../candidate';

export interface ParagraphView {
  text: string;
  lower: string;
  hasDigit: boolean;
  hasAt: boolean;
  /** Only ASCII characters: the patterns' ASCII twins run instead of them (text/ascii-twin.ts). */
  ascii: boolean;
  /** The longest run of digits (rules/digit-runs.ts): a pattern needing a longer one is not run. */
  digitRun: number;
  /** How many digits it holds: a rule whose check needs more (rules/checks.ts CHECK_MIN_DIGITS) is not run. */
  digits: number;
  /** Its runs of digits, flat: each run's start, then its end. Readers that look at the words or letters around
   *  numbers (story/quasi.ts) visit these rather than every character. */
  digitRuns: readonly number[];
  /** It holds ſ or K, which a regex with the u and i flags reads as s and k: such a regex is not gated by its
   *  words (rules/literals.ts). */
  folds: boolean;
  /** Which pairs of adjacent characters `lower` holds: marked in PAIRS with this view's stamp. */
  stamp: number;
  /** This view's number, never repeated (stamps wrap): prefilter tests keep their answer for it. */
  serial: number;
}

// Pairs of adjacent characters of the paragraph being read (rules/pairs.ts): a keyword none of whose pairs
// is missing may occur, one with a pair missing cannot, so most keyword prefilters are decided without
// scanning the paragraph once per keyword. Stamped, not cleared.
const PAIRS = new Uint32Array(128 * 128);
// And which single characters it holds, marked alongside: a one-character keyword ("9", "/", ".", ":" …, asked
// by several rules of every paragraph) is then decided without reading the paragraph.
const CHARS = new Uint32Array(128);
let lastStamp = 0;
let pairsFor = 0;
let lastSerial = 0;

function markPairs(view: ParagraphView): void {
  const lower = view.lower;
  const stamp = view.stamp;
  let previous = lower.length ? slot(lower.charCodeAt(0)) : 0;
  if (lower.length) CHARS[previous] = stamp;
  for (let i = 1; i < lower.length; i++) {
    const next = slot(lower.charCodeAt(i));
    CHARS[next] = stamp;
    PAIRS[previous * 128 + next] = stamp;
    previous = next;
  }
  pairsFor = stamp;
}

const NO_RUNS: number[] = [];

export function viewOf(text: string): ParagraphView {
  if (lastStamp === 0xffffffff) {
    PAIRS.fill(0);
    CHARS.fill(0);
    lastStamp = 0;
  }
  const ascii = isAscii(text);
  // The digits (what \d matches without the u flag: ASCII ones) counted, and their runs, in one pass.
  let digits = 0;
  let digitRun = 0;
  let digitRuns: number[] = NO_RUNS;
  for (let i = 0, run = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      if (run === 0) {
        if (digitRuns === NO_RUNS) digitRuns = [];
        digitRuns.push(i, i + 1);
      } else digitRuns[digitRuns.length - 1] = i + 1;
      if (++run > digitRun) digitRun = run;
    } else run = 0;
  }
  return { text, lower: text.toLowerCase(), hasDigit: digits > 0, hasAt: text.includes('@'), ascii, digitRun, digits, digitRuns,
    folds: !ascii && /[\u017f\u212a]/.test(text), stamp: ++lastStamp, serial: ++lastSerial };
}

/** view.lower.includes(keyword), answered "no" at once when one of its pairs (rules/pairs.ts pairsOf) is missing.
 *  A keyword of one or two characters below 127 (each its own slot) is answered from the marks alone: the
 *  paragraph holds it exactly when it holds that character or that pair. */
export function containsKeyword(view: ParagraphView, keyword: string, pairs: Uint16Array): boolean {
  if (pairsFor !== view.stamp) markPairs(view);
  if (keyword.length === 1 && keyword.charCodeAt(0) < 127) return CHARS[keyword.charCodeAt(0)] === view.stamp;
  for (let i = 0; i < pairs.length; i++) if (PAIRS[pairs[i]] !== view.stamp) return false;
  if (keyword.length === 2 && keyword.charCodeAt(0) < 127 && keyword.charCodeAt(1) < 127) return true;
  return view.lower.includes(keyword);
}

/** The first of `words` found as a whole word in view.lower[from, to) (text/words.ts phraseInWindow), null if none.
 *  A word one of whose pairs the paragraph lacks is passed over unread: a context list has up to 89 phrases, most
 *  of them nowhere in the paragraph, each otherwise an indexOf. */
function contextPhrase(view: ParagraphView, words: readonly string[], pairs: readonly Uint16Array[], from: number, to: number): string | null {
  if (to - from < 0) return null;
  if (pairsFor !== view.stamp) markPairs(view);
  const stamp = view.stamp;
  let window: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const p = pairs[i];
    let possible = true;
    for (let k = 0; k < p.length; k++) {
      if (PAIRS[p[k]] !== stamp) {
        possible = false;
        break;
      }
    }
    if (!possible) continue;
    window ??= windowOf(view.lower, from, to);
    if (phraseInWindow(view.lower, window, from, words[i])) return words[i];
  }
  return null;
}

/** The rule's prefilter regex's answer for the paragraph (true when it has none). Asked only once a pattern
 *  would run: a rule none of whose patterns can match finds nothing either way. */
function passesPrefilterRegex(rule: CompiledRule, view: ParagraphView): boolean {
  const test = rule.prefilterRe;
  if (!test) return true;
  // Rules that share a prefilter regex (compile.ts) test it once per paragraph; a regex whose words
  // (rules/literals.ts) the paragraph lacks cannot match, and is not run.
  if (test.stamp !== view.serial) {
    test.stamp = view.serial;
    if (test.minDigitRun > view.digitRun) test.answer = false;
    else {
      const gate = gateOf(test);
      test.answer = (!gate || passesWordGate(gate, view)) && test.re.test(view.text);
    }
  }
  return test.answer;
}

/** The word gate of a pattern or prefilter regex (null: none), read once it has been asked for READ_GATE_AFTER times. */
function gateOf(holder: { re: RegExp; gate: WordGate | null | undefined; asked: number }): WordGate | null {
  if (holder.gate !== undefined) return holder.gate;
  return ++holder.asked < READ_GATE_AFTER ? null : (holder.gate = literalGate(holder.re));
}

/** passesKeywords for a regex's required words, asked once per paragraph (compile.ts WordGate). */
function passesWordGate(gate: WordGate, view: ParagraphView): boolean {
  if (gate.stamp !== view.serial) {
    gate.stamp = view.serial;
    gate.answer = passesKeywords(gate.gate, view);
  }
  return gate.answer;
}

/** Whether the paragraph holds one of a rule's prefilter keywords: containsKeyword asked of each (compile.ts
 *  KeywordGate), with the keywords' pairs read from one flat array. */
function passesKeywords(gate: KeywordGate, view: ParagraphView): boolean {
  if ((gate.digit && view.hasDigit) || (gate.at && view.hasAt)) return true;
  if (pairsFor !== view.stamp) markPairs(view);
  const stamp = view.stamp;
  const chars = gate.chars;
  for (let i = 0; i < chars.length; i++) if (CHARS[chars[i]] === stamp) return true;
  const pairs = gate.pairs;
  for (let i = 0, k = 0; i < pairs.length; k++) {
    const end = i + 1 + pairs[i];
    let at = i + 1;
    while (at < end && PAIRS[pairs[at]] === stamp) at++;
    if (at === end) {
      const word = gate.words[k];
      if (word === null || view.lower.includes(word)) return true;
    }
    i = end;
  }
  return false;
}

/** Where the match's named value group "v" stands in `text`: the whole match when it has none (or "v" took no
 *  part). A value found once in the match stands there; otherwise `exact` (the pattern with "d", sticky) is run
 *  again at the match's start, where it finds the same match, to read the group's offsets. */
function valueSpan(exact: RegExp, m: RegExpExecArray, text: string): [number, number] {
  const v = m.groups?.v;
  if (v === undefined) return [m.index, m.index + m[0].length];
  const at = m[0].indexOf(v);
  if (at === m[0].lastIndexOf(v)) return [m.index + at, m.index + at + v.length];
  exact.lastIndex = m.index;
  return exact.exec(text)!.indices!.groups!.v as [number, number];
}

export function runRule(rule: CompiledRule, view: ParagraphView, out: Candidate[]): void {
  // No match could pass the rule's check (a phone number's validator wants nine digits or more).
  if (rule.minDigits > view.digits) return;
  // Both prefilters must pass: the keywords (cheap, decided from character pairs) are looked at first, and the
  // regex, which reads the whole paragraph, only where a pattern passes its own gates.
  if (rule.keywordGate && !passesKeywords(rule.keywordGate, view)) return;
  let prefiltered = false;
  for (const pattern of rule.patterns) {
    if (pattern.minDigitRun > view.digitRun) continue;
    const gate = gateOf(pattern);
    if (gate && !(pattern.folds && view.folds) && !passesWordGate(gate, view)) continue;
    if (!prefiltered) {
      if (!passesPrefilterRegex(rule, view)) return;
      prefiltered = true;
    }
    const re = (view.ascii && pattern.ascii) || pattern.re;
    const confidence = pattern.confidence;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(view.text)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const [start, end] = valueSpan(pattern.exact, m, view.text);
      const value = view.text.slice(start, end);
      if (rule.check && !rule.check(value)) continue;
      let conf = confidence;
      let contextFound = false;
      for (let i = 0; i < rule.context.length; i++) {
        const ctx = rule.context[i];
        const hit = contextPhrase(view, ctx.words, ctx.pairs, Math.max(0, m.index - ctx.before), Math.min(view.lower.length, m.index + m[0].length + ctx.after));
        if (hit) {
          conf += ctx.delta;
          if (i === 0) contextFound = true;
        }
      }
      if (rule.requireContext && !contextFound) continue;
      for (const adj of rule.valueAdjust) if (adj.re.test(value)) conf += adj.delta;
      out.push({ start, end, category: rule.category, ruleId: rule.id, confidence: conf, patientWeight: rule.patientWeight, reason: rule.reason, severity: rule.severity });
    }
  }
}
