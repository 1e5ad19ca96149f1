// normalize(): offsets of the normalised text map back to the caller's text. ASCII text shares one identity
// map between scans (a view of it), which must still be exactly text.length + 1 long and never stale.
import { normalize } from '../../../src/detector/text/normalize';

describe('normalize', () => {
  it('maps ASCII text to itself, at every length, before and after a longer text', () => {
    expect([...normalize('abc').toOriginal]).toEqual([0, 1, 2, 3]);
    const long = 'x'.repeat(10_000);
    const map = normalize(long).toOriginal;
    expect(map.length).toBe(10_001);
    expect(map[10_000]).toBe(10_000);
    expect([...normalize('ab').toOriginal]).toEqual([0, 1, 2]);
    expect([...normalize('').toOriginal]).toEqual([0]);
  });
  it('drops invisible characters and keeps the offsets of the rest', () => {
    const n = normalize('12\u200B34\u00A0ok');
    expect(n.text).toBe('1234 ok');
    expect([...n.toOriginal]).toEqual([0, 1, 3, 4, 5, 6, 7, 8]);
  });
});
