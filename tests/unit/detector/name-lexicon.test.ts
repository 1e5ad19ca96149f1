// The committed extract of compromise's lexicon must match the installed compromise.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconFiles, LEXICON_PATH, WORDS_PATH } from '../../../scripts/build-name-lexicon';

describe('compromise name lexicon extract', () => {
  it('is up to date (run: npx tsx scripts/build-name-lexicon.ts)', () => {
    const { names, words } = lexiconFiles();
    expect(JSON.parse(readFileSync(LEXICON_PATH, 'utf8'))).toEqual(names);
    expect(JSON.parse(readFileSync(WORDS_PATH, 'utf8'))).toEqual(words);
  });
});

describe('words for a people or a language', () => {
  it('are neither a name nor a town', async () => {
    const { scan } = await import('../../../src/detector/node');
    for (const text of [
      'Her grandson translated because she speaks no English, and the Tagalog interpreter came at noon.',
      'Picked him up from Portuguese class and he had his first seizure in the car.',
      'The Somali family in room 6 asked for the lights to be dimmed.',
    ]) {
      const found = scan(text, { sensitivity: 'high' }).findings.filter((f) => f.category === 'NAME' || f.category === 'LOCATION').map((f) => text.slice(f.start, f.end));
      expect(found.filter((v) => /English|Tagalog|Portuguese|Somali/.test(v)), text).toEqual([]);
    }
  });
});

describe('a word for a relative', () => {
  it('cues a name only as a whole word, with the knowledge installed', async () => {
    await import('../../../src/detector/node');
    const { analyzeParagraph } = await import('../../../src/detector/analyze');
    const { builtInRules } = await import('../../../src/detector/rules');
    const relatives = (text: string) => analyzeParagraph(text, builtInRules()).candidates
      .filter((c) => c.ruleId === 'name.relative').map((c) => text.slice(c.start, c.end));
    // Where one relative word is present the pattern runs on the paragraph; "ex" begins "exhaustion", "mari"
    // (French: husband) "marijuana", "mom" "moment", and what follows them is no name.
    const found = relatives('her son is in for exhaustion, not marijuana; give him a moment and the sonogram');
    expect(found.filter((n) => /^(?:haustion|juana|ent|ogram)\b/.test(n))).toEqual([]);
    expect(relatives('her ex-husband Dorian Vasquez called the unit')).toContain('Dorian Vasquez');
  });
});
