// The shared paragraph tokens (text/tokens.ts) against the regexes and the scan they stand for, on random
// strings of the characters that make word edges hard: apostrophes, hyphens, accents, combining marks,
// astral letters and emoji, lone surrogates.
import { describe, expect, it } from 'vitest';
import { findWordTokens, wordTokens } from '../../../src/detector/text/letters';
import { hyphenatedWords, tokensOf, windowWords } from '../../../src/detector/text/tokens';

const ALPHABET = ['a', 'B', '1', ' ', "'", '’', '-', '.', 'é', '𝐀', '😂', '\ud835', '\udc00', 'ß', '٣', ',', '\u0301'];
let seed = 12345;
const random = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const randomText = () => Array.from({ length: random(24) }, () => ALPHABET[random(ALPHABET.length)]).join('');
const spans = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
const scanned = (s: string, from: number, to: number) => {
  findWordTokens(s, from, to);
  return Array.from({ length: wordTokens.count }, (_, k) => [wordTokens.starts[k], wordTokens.ends[k]]);
};

describe('paragraph tokens', () => {
  it('finds what the regexes and findWordTokens find, and reads windows as findWordTokens does', () => {
    for (let iter = 0; iter < 1500; iter++) {
      const s = randomText();
      const t = tokensOf(s);
      expect(Array.from({ length: t.atomCount }, (_, k) => [t.atomStarts[k], t.atomEnds[k]])).toEqual(spans(/[\p{L}\p{N}]+/gu, s));
      expect(Array.from({ length: t.wordCount }, (_, k) => [t.wordStarts[k], t.wordEnds[k]])).toEqual(scanned(s, 0, s.length));
      const starts: number[] = [];
      const ends: number[] = [];
      hyphenatedWords(t, starts, ends);
      expect(starts.map((x, i) => [x, ends[i]])).toEqual(spans(/[\p{L}\p{N}'’-]+/gu, s));
      for (let from = 0; from <= s.length; from++) {
        for (let to = from; to <= s.length; to++) {
          const all = scanned(s, from, to);
          for (const last of [true, false]) {
            windowWords(t, from, to, 3, last);
            const got = Array.from({ length: wordTokens.count }, (_, k) => [wordTokens.starts[k], wordTokens.ends[k]]);
            if (JSON.stringify(got) !== JSON.stringify(last ? all.slice(-3) : all.slice(0, 3))) expect({ s, from, to, last, got }).toEqual({ s, from, to, last, got: last ? all.slice(-3) : all.slice(0, 3) });
          }
        }
      }
    }
  });
});
