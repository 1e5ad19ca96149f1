// The publish-time verdict over every editor's scan: notices never warn and are never listed.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detector';
import { combine } from '../../../src/content/verdict';

describe('publish verdict', () => {
  it('does not warn on a post whose only findings are notices', () => {
    const text = 'Ping me at 415-867-2291 once the shift ends';
    const verdict = combine([{ text, result: scan(text) }]);
    expect(verdict).toMatchObject({ warn: false, findings: [], shown: [] });
  });

  it('lists the warnings of a post that warns, without the notices of another editor', () => {
    const phi = 'Pt Delia Pemberton, DOB 11/08/1952, MRN 00482917';
    const other = 'Ping me at 415-867-2291 once the shift ends';
    const verdict = combine([{ text: phi, result: scan(phi) }, { text: other, result: scan(other) }]);
    expect(verdict.warn).toBe(true);
    expect(verdict.shown.map((f) => f.words)).not.toContain('415-867-2291');
    expect(verdict.findings.every((f) => f.level !== 'notice')).toBe(true);
    expect(verdict.shown.map((f) => f.category)).toEqual(expect.arrayContaining(['NAME', 'MRN']));
  });
});
