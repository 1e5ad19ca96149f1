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
