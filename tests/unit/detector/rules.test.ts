// Meta-test (gitleaks-style): every built-in rule is checked against its own examples, and every
// built-in pattern is run against adversarial "pumping" input of the longest paragraph the detector
// analyses. (redos-detector, which vets IT's custom rules, refuses many reviewed built-in patterns
// as unprovable — bounded alternations and overlapping whitespace — and needs minutes and gigabytes
// on some; so built-ins are held to an empirical bound instead: exponential or high-polynomial
// backtracking would take seconds to hours on this input, a safe pattern takes microseconds.)
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detector';
import { analyzeParagraph } from '../../../src/detector/analyze';
import { builtInRuleData, builtInRules } from '../../../src/detector/rules';
import { compileRule } from '../../../src/detector/rules/compile';

const PARAGRAPH = 2000;
const PUMPS = [' ', '1', 'a', 'A', 'Aa ', '1-', '1 ', '1/', '1.', 'Mr. ', 'Ab Cd ', 'a@b.', 'a.', 'MRN ', 'room 1 ',
  'Jan 1 ', 'at The ', 'lives in ', '9 ', '90 y', 'x/', '-', '+1 ', 'Pt: ', 'Ab, C ', '"Ab" '];
const ADVERSARIAL = PUMPS.flatMap((p) => {
  const body = p.repeat(Math.ceil(PARAGRAPH / p.length)).slice(0, PARAGRAPH - 1);
  return [body, body + '!'];
});

describe.each(builtInRuleData().map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it('compiles and names a known validator', () => {
    expect(() => compileRule(rule)).not.toThrow();
  });

  it('has positive and negative examples', () => {
    expect(rule.examples.match.length).toBeGreaterThan(0);
    expect(rule.examples.noMatch.length).toBeGreaterThan(0);
  });

  // Rules recognise; whether a recognised span warns is the learned models' decision (tested on the
  // corpora by the eval floors, and for labelled identifiers in scan.test.ts).
  it.each(rule.examples.match)('recognises %j', (example) => {
    const found = analyzeParagraph(example, builtInRules()).candidates.filter((c) => c.category === rule.category);
    expect(found.map((c) => `${c.ruleId}:${example.slice(c.start, c.end)}`)).not.toEqual([]);
  });

  it.each(rule.examples.noMatch)('stays quiet on %j (default sensitivity)', (example) => {
    const found = scan(example).findings.filter((f) => f.ruleId === rule.id);
    expect(found.map((f) => example.slice(f.start, f.end))).toEqual([]);
  });

  it.each(rule.patterns.map((p, i) => [i, p] as const))('pattern %i does not backtrack catastrophically on adversarial input', (_i, pattern) => {
    const re = new RegExp(pattern.regex, 'g' + (pattern.flags ?? ''));
    const slowest = Math.max(...ADVERSARIAL.map((input) => {
      const t = performance.now();
      re.lastIndex = 0;
      while (re.exec(input)) if (re.lastIndex === 0) break;
      return performance.now() - t;
    }));
    // A generous bound: real catastrophes take orders of magnitude longer, so this is not flaky.
    expect(slowest).toBeLessThan(400);
  });
});

describe('numbers written out (spelledDigits and the spelled checks)', () => {
  it('reads digits and digit words, with any separators', async () => {
    const { spelledDigits } = await import('../../../src/detector/rules/spelled');
    expect(spelledDigits('six four one, two seven - three oh 5 8')).toBe('641273058');
    expect(spelledDigits('3 1 2 5 5 5')).toBe('312555');
    expect(spelledDigits('five one twelve')).toBeNull();
  });

  it('judges the digits with the ordinary validator and refuses runs and counting', async () => {
    const { CHECKS } = await import('../../../src/detector/rules/checks');
    expect(CHECKS.spelledSsn('five one two four four nine zero three one')).toBe(true);
    expect(CHECKS.spelledSsn('six six six one two three four five six')).toBe(false); // area 666
    expect(CHECKS.spelledPhone('three one two five five five zero one eight seven')).toBe(true);
    expect(CHECKS.spelledPhone('1 1 1 1 1 1 1 1 1 1')).toBe(false);
    expect(CHECKS.spelledPhone('2 3 4 5 6 7 8 9 0 1')).toBe(false);
  });
});

describe('placeName', () => {
  it('takes a capitalised place and refuses a weekday, also in its possessive', async () => {
    const { CHECKS } = await import('../../../src/detector/rules/checks');
    expect(CHECKS.placeName('Quillbrook Falls')).toBe(true);
    expect(CHECKS.placeName('Sunday')).toBe(false);
    expect(CHECKS.placeName("Sunday's")).toBe(false);
    expect(CHECKS.placeName('Saturday’s')).toBe(false);
  });
});
