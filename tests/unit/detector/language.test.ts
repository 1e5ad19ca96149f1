// Text that is not language tells no story (issue 7: a JPEG read as text "contained" a patient story),
// while a clinical table, mostly numbers between words, still does.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detector';
import { isLanguage, paragraphTokens, textStats } from '../../../src/detector/model/features';

const statsOf = (text: string) => textStats(paragraphTokens(text.toLowerCase()), text);

/** Deterministic bytes (a linear congruential generator), read as Latin-1 text as a CLI would read a binary. */
function bytesAsText(length: number, seed = 7): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode((x >>> 16) & 0xff);
  }
  return out;
}

const STORY = 'The 93 year old in bed 12 was admitted last night after a fall at the county fair and is still confused.';

describe('language or noise', () => {
  it('reads bytes, base64 and minified code as noise, and adds no STORY finding', () => {
    const noise = [
      bytesAsText(4000),
      Buffer.from(STORY.repeat(5)).toString('base64'),
      'function(e,t){var n=e.length,r=0;for(;r<n;r++)t(e[r],r);return n}!function(){var a=[],b={},c=0;while(c<9){a.push(c++)}}();',
    ];
    for (const text of noise) {
      expect(isLanguage(statsOf(text)), text.slice(0, 40)).toBe(false);
      expect(scan(text).findings.map((f) => f.category), text.slice(0, 40)).not.toContain('STORY');
    }
  });

  it('reads a measurement table pasted with a request as language: numbers count neither way', () => {
    const table = [
      'Summarise the trend for the ward round please',
      'Pt in bed 4, venous ulcer left shin',
      'day | length | width | depth',
      '1 | 5.1 | 3.3 | 0.6',
      '8 | 4.7 | 3.0 | 0.5',
      '15 | 4.2 | 2.8 | 0.4',
      '22 | 3.9 | 2.5 | 0.3',
    ].join('\n');
    const stats = statsOf(table);
    expect(stats.numeric).toBeGreaterThan(stats.wordLike);
    expect(isLanguage(stats)).toBe(true);
  });

  it('reads text in other scripts as language', () => {
    const texts = [
      'Η κυρία στον θάλαμο τέσσερα ζήτησε νερό και χαμογέλασε στη νοσηλεύτρια.',
      '오늘 병동 할머니가 퇴원하셔서 모두 박수를 쳤어요.',
      'आज वार्ड में दादी जी बहुत खुश थीं और सबको मिठाई दी।',
      'Бабушка из палаты пять сегодня сама дошла до окна.',
      'Hôm nay bà cụ ở giường số chín đã tự đi lại được.',
    ];
    for (const text of texts) expect(isLanguage(statsOf(text)), text).toBe(true);
  });

  it('still calls a story language when it carries a few numbers', () => {
    expect(isLanguage(statsOf(STORY))).toBe(true);
  });
});
