// The committed extract of compromise's lexicon must match the installed compromise.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLexicon, LEXICON_PATH } from '../../../scripts/build-name-lexicon';

describe('compromise name lexicon extract', () => {
  it('is up to date (run: npx tsx scripts/build-name-lexicon.ts)', () => {
    expect(JSON.parse(readFileSync(LEXICON_PATH, 'utf8'))).toEqual(extractLexicon());
  });
});
