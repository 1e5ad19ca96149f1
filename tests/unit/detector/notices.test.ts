// Notices: identifiers the recognisers are sure of, in a post that does not warn. They are findings
// with level 'notice' (shown faintly, never a warning); the verdict and risk ignore them.
import { describe, expect, it } from 'vitest';
import { scan, warningsOf, type ScanResult } from '../../../src/detector';

const notices = (r: ScanResult, text: string) => r.findings.filter((f) => f.level === 'notice').map((f) => `${f.category}:${text.slice(f.start, f.end)}`);

describe('notices', () => {
  it('marks a lone phone number, e-mail or full date without warning', () => {
    for (const [text, expected] of [
      ['Ping me at 415-867-2291 once the shift ends', 'PHONE:415-867-2291'],
      ['slides are with honorine.faircloth@fastmail.com if anyone wants them', 'EMAIL:honorine.faircloth@fastmail.com'],
      // A birth date ("Born 03/14/1962 …", whosever it is) is the models' to weigh, and since the eleventh
      // session's training they warn on one; a building's date is a notice only.
      ['The east wing opened 03/14/1962, says the plaque by the lobby doors', 'DATE:03/14/1962'],
    ] as const) {
      const result = scan(text);
      expect(result.verdict, text).toBe('ok');
      expect(result.risk, text).toBe(0);
      expect(notices(result, text), text).toEqual([expected]);
      expect(warningsOf(result), text).toEqual([]);
    }
  });

  it('leaves dates without a year, weekdays and thread counters unmarked', () => {
    for (const text of ['Back on nights Tuesday, see everyone 6/9', 'Part 3/5 of my night-shift survival tips', 'Potluck on March 3 in the break room']) {
      expect(scan(text).findings, text).toEqual([]);
    }
  });

  it('leaves an organisation’s own number and a clinician’s NPI unmarked', () => {
    expect(scan('Call our clinic at 415-867-2291 to book a flu shot').findings).toEqual([]);
    expect(scan('Credentialing asked for my NPI again: 1234567893').findings.filter((f) => f.level === 'notice')).toEqual([]);
  });

  it('in a post that warns, an identifier is a warning, not a notice', () => {
    const text = 'Mrs. Threlkeld in bed 4 keeps asking us to call her son at 415-867-2291';
    const result = scan(text);
    expect(result.verdict).toBe('warn');
    expect(notices(result, text)).toEqual([]);
    expect(warningsOf(result).map((f) => f.category)).toContain('PHONE');
  });

  it('follows the categories switched off and the allow list', () => {
    const text = 'Ping me at 415-867-2291 once the shift ends';
    expect(scan(text, { categories: { PHONE: false } }).findings).toEqual([]);
    expect(scan(text, { allowList: ['415-867-2291'] }).findings).toEqual([]);
  });
});

describe('placeholder record numbers', () => {
  it('a labelled MRN that counts up or repeats a digit does not warn by policy; a realistic one does', () => {
    expect(scan('MRN 1000000').verdict).toBe('ok');
    expect(scan('MRN 3456789').verdict).toBe('ok');
    expect(scan('MRN 5820417').verdict).toBe('warn');
  });
});
