// The rules' digit gate (rules/digit-runs.ts): minDigitRun must never claim more digits than a match holds,
// or a rule would miss a number it finds today.
import { describe, expect, it } from 'vitest';
import { builtInRuleData, builtInRules } from '../../../src/detector/rules';
import { CHECKS, CHECK_MIN_DIGITS } from '../../../src/detector/rules/checks';
import { countDigits, longestDigitRun, minDigitRun } from '../../../src/detector/rules/digit-runs';

describe('minDigitRun', () => {
  it.each([
    ['\\d{3}-\\d{2}-\\d{4}', 4], ['9\\d{2}', 3], ['[12]\\d{9}', 10], ['\\d{1,2}\\d{2}', 3], ['\\d{3}\\d?\\d{4}', 7],
    ['(?<v>\\d{3}-\\d{4})', 4], ['(?:19|20)\\d{2}', 4], ['(\\d{2}){3}', 6], ['\\d(?:\\d\\d)?\\d', 2],
  ] as const)('reads the digits every match of %s holds: %i', (source, run) => {
    expect(minDigitRun(source)).toBe(run);
  });

  it.each([
    ['a|\\d{5}', 0], ['\\d{5}|\\d{3}', 3], ['[\\d-]{4}', 0], ['[^0-9]{4}', 0], ['(?=\\d{5})\\d', 1], ['\\d\\b\\d', 1],
    ['(?:ab)?\\d{4}', 4], ['(?:\\d{2}|a)\\d{3}', 3], ['\\d(?:-\\d)*', 1], ['\\k<s>\\d{4}', 4], ['\\p{N}\\d', 1],
  ] as const)('errs low where it cannot tell: %s -> %i', (source, run) => {
    expect(minDigitRun(source)).toBe(run);
  });

  it('holds for every example match of every built-in rule', () => {
    const patterns = builtInRules().flatMap((r) => r.patterns);
    for (const rule of builtInRuleData()) {
      for (const example of rule.examples.match) {
        for (const p of patterns) {
          const re = new RegExp(p.re.source, p.re.flags);
          for (const m of example.matchAll(re)) expect(longestDigitRun(m[0])).toBeGreaterThanOrEqual(p.minDigitRun);
        }
      }
    }
  });
});

describe('longestDigitRun', () => {
  it('counts the longest run of ASCII digits', () => {
    expect(longestDigitRun('ab 12 cd 3456-7 ef')).toBe(4);
    expect(longestDigitRun('no numbers')).toBe(0);
    expect(longestDigitRun('٣٤٥ 7')).toBe(1); // \d is ASCII only
  });
});

describe('CHECK_MIN_DIGITS', () => {
  it('never asks for more digits than a value passing the check holds', () => {
    const values = builtInRuleData().flatMap((r) => [...r.examples.match, ...r.examples.noMatch]).flatMap((t) => [t, ...t.split(/[,;:]\s*|\s+(?=[a-z])/)]);
    values.push('943-476-5919', '+1 943 476 5919', '06 52 71 38 40', '(11) 97654-3210', '0918 765 4321', '078-05-1121', '1234567', '12 34 567');
    for (const [name, least] of Object.entries(CHECK_MIN_DIGITS)) {
      for (const v of values) if (CHECKS[name](v)) expect(countDigits(v), `${name}: ${v}`).toBeGreaterThanOrEqual(least);
      // A value one digit short never passes.
      const short = '2'.repeat(least - 1);
      expect(CHECKS[name](short)).toBe(false);
    }
  });
});
