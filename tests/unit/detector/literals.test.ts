// The rules' word gate (rules/literals.ts): every match of a regex must hold one of the words read from it,
// or a rule would miss what it finds today.
import { describe, expect, it } from 'vitest';
import { builtInRuleData, builtInRules } from '../../../src/detector/rules';
import { requiredLiterals } from '../../../src/detector/rules/literals';

describe('requiredLiterals', () => {
  it.each([
    ['\\b(?:room|rm|bed)\\.?\\s*\\d', 'i', ['room', 'rm', 'bed']],
    ['\\bMRN:?\\s*\\d{7}\\b', 'i', ['mrn']],
    ['[Cc]alle\\s+\\p{Lu}', 'u', ['calle']],
    ['(?:ab|cd)(?:e|f)x', '', ['abex', 'abfx', 'cdex', 'cdfx']],
    ['rooms?\\s', '', ['room']],
    ['\\d+@\\w+', '', ['@']],
    ['(?<=MRN)\\s*\\d+', '', null],
    ['a*b?', '', null],
    ['x|\\d', '', null],
    ['[^a]bc', '', ['bc']],
    ['łóżko', 'u', ['ko']],
    ['(?<v>\\p{L}+)\\s+street', 'u', ['street']],
  ] as const)('reads %s (%s)', (source, flags, words) => {
    expect(requiredLiterals(source, flags)).toEqual(words);
  });

  it('gives up on what it does not read', () => {
    expect(requiredLiterals('[a-z--b]x', 'v')).toBeNull();
    expect(requiredLiterals('(?i:ab)', '')).toBeNull();
  });

  it('holds for every example match of every built-in rule and prefilter', () => {
    const texts = builtInRuleData().flatMap((r) => [...r.examples.match, ...r.examples.noMatch]);
    const regexes = builtInRules().flatMap((r) => [...r.patterns.map((p) => p.re), ...(r.prefilterRe ? [r.prefilterRe.re] : [])]);
    for (const re of regexes) {
      const words = requiredLiterals(re.source, re.flags);
      if (!words) continue;
      const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
      for (const text of texts) {
        for (const m of text.matchAll(global)) {
          const lower = m[0].toLowerCase();
          expect(words.some((w) => lower.includes(w)), `${re.source} on ${m[0]}`).toBe(true);
        }
      }
    }
  });
});
