// The scan() contract and its edge cases: empty and huge input, odd Unicode, options.
import { describe, expect, it } from 'vitest';
import { CATEGORIES, scan } from '../../../src/detector';
import { splitParagraphs } from '../../../src/detector/paragraphs';

const PHI = 'Pt Delia Pemberton, DOB 11/08/1952, MRN 00482917, cell 630-555-0194';

describe('scan contract', () => {
  it('returns ok with no findings for empty or clean text', () => {
    expect(scan('')).toEqual({ verdict: 'ok', risk: 0, findings: [] });
    expect(scan('Hydration check: refill your cup, nurses!')).toEqual({ verdict: 'ok', risk: 0, findings: [] });
  });

  it('warns with offsets, category, rule id, confidence and a plain reason for each finding', () => {
    const result = scan(PHI);
    expect(result.verdict).toBe('warn');
    expect(result.risk).toBeGreaterThan(0.5);
    const byCategory = Object.fromEntries(result.findings.map((f) => [f.category, PHI.slice(f.start, f.end)]));
    expect(byCategory).toMatchObject({ NAME: 'Delia Pemberton', DATE: '11/08/1952', MRN: '00482917', PHONE: '630-555-0194' });
    for (const f of result.findings) {
      expect(CATEGORIES).toContain(f.category);
      expect(f.ruleId).toMatch(/^[a-z]/);
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(f.reason.length).toBeGreaterThan(10);
    }
  });

  it('never throws on hostile input', () => {
    const inputs = [null, undefined, 42, {}, '\u0000'.repeat(1000), '\uD800', '🩺'.repeat(5000), '\n'.repeat(10000), 'a'.repeat(50000)];
    for (const input of inputs) expect(() => scan(input as unknown as string)).not.toThrow();
  });
});

describe('odd Unicode never hides an identifier', () => {
  const cases: [string, string, string][] = [
    ['zero-width space inside a number', 'MRN 0048\u200B2917', 'MRN'],
    ['full-width digits', 'SSN ６４１-２７-３０５８', 'SSN'],
    ['non-breaking spaces inside a phone number', 'SSN 528-41-7063, her cell is 630\u00A0555\u00A00194', 'PHONE'],
    ['RTL and LTR marks', 'MRN 00482917 DOB \u200F11/08/1952\u200E', 'DATE'],
    ['en dash separators', 'SSN 528–41–7063', 'SSN'],
    ['emoji around a name', '🙏 Mrs. Winterbourne 🙏 in room 12', 'NAME'],
  ];
  it.each(cases)('%s', (_label, text, category) => {
    const found = scan(text).findings.find((f) => f.category === category);
    expect(found, JSON.stringify(scan(text).findings)).toBeDefined();
    // Offsets are into the caller's text, invisible characters included.
    expect(found!.start).toBeGreaterThanOrEqual(0);
    expect(found!.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(found!.start, found!.end).replace(/[\u200B-\u200F]/g, '')).toMatch(/\S/);
  });
});

describe('options', () => {
  it('high guards every well-formed identifier, medium only those a patient story or a label ties to a patient', () => {
    const lone = ['text me at 628-555-0193 after the game', 'the router is at 10.42.7.19', 'send it to quinn.ostrander@mailbox.example'];
    for (const text of lone) {
      const high = scan(text, { sensitivity: 'high' });
      expect(high.verdict, text).toBe('warn');
      expect(high.findings.some((f) => f.category !== 'STORY'), text).toBe(true);
    }
    // A facility's own line is pulled down by its context and stays quiet even at high.
    expect(scan('Questions about flu shots? Call our clinic front desk at 628-555-0100, Mon-Fri.', { sensitivity: 'high' }).verdict).toBe('ok');
  });

  it('reads a number wrapped at a hyphen across a line break as one number, offsets in the original text', () => {
    const text = 'Tobias Farnsworth, SSN 219-44-\r\n6731, admitted tonight';
    const ssn = scan(text).findings.find((f) => f.category === 'SSN');
    expect(ssn && text.slice(ssn.start, ssn.end)).toBe('219-44-\r\n6731');
    // A plain line of numbers after another stays its own line.
    expect(scan('beds open\n12\n13').findings).toEqual([]);
  });

  it('reads a sentence wrapped across lines (text copied from an e-mail or a page) as one paragraph', () => {
    const wrapped = 'overnight we took in a 91\nyear old great-grandmother from port hadlock,\nLuciano Abernathy-Vance her grandson sat\nwith her';
    const flat = wrapped.replace(/\n/g, ' ');
    const found = (text: string) => scan(text).findings.map((f) => [f.category, text.slice(f.start, f.end).replace(/\s/g, ' ')]);
    expect(found(wrapped)).toEqual(found(flat));
    // The age is found across the line break (as '91' or as '91 year old', whichever recogniser's span wins).
    expect(found(wrapped).some(([category, text]) => category === 'AGE' && text.startsWith('91'))).toBe(true);
    expect(scan(wrapped).verdict).toBe('warn');
    expect(splitParagraphs(wrapped)).toHaveLength(1);
    // Lines that end a sentence, or start with a capital, a dash or a bullet, stay apart.
    expect(splitParagraphs('Bay 21: stable.\nbay 22 waiting\nBay 23 empty\n- bay 24').map((p) => p.text)).toEqual(['Bay 21: stable.', 'bay 22 waiting', 'Bay 23 empty', '- bay 24']);
    // A Windows line end is a wrap like any other; offsets stay the caller's.
    expect(splitParagraphs('a 91\r\nyear old')).toEqual([{ start: 0, text: 'a 91  year old' }]);
  });

  it('adds no STORY finding when a labelled identifier is the reason (a chart banner is no story)', () => {
    const banner = 'Patient Chart\nName: Ysolde Marchbanks-Oyelaran Bay: 7C\nDOB: 09/22/1948 Attending: Dr. Quenneville\nMRN: 00719346';
    const result = scan(banner);
    expect(result.verdict).toBe('warn');
    expect(result.findings.map((f) => f.category)).not.toContain('STORY');
    expect(result.findings.map((f) => f.category)).toEqual(expect.arrayContaining(['NAME', 'DATE', 'MRN']));
  });

  it('sensitivity moves the threshold', () => {
    const text = 'that guy from Sunday in bed 4 was something else';
    const counts = (['low', 'medium', 'high'] as const).map((s) => scan(text, { sensitivity: s }).findings.length);
    expect(counts[0]).toBeLessThanOrEqual(counts[1]);
    expect(counts[1]).toBeLessThanOrEqual(counts[2]);
    expect(counts[2]).toBeGreaterThan(0);
  });

  it('categories can be turned off', () => {
    const result = scan(PHI, { categories: { PHONE: false, DATE: false } });
    expect(result.findings.map((f) => f.category)).not.toContain('PHONE');
    expect(result.findings.map((f) => f.category)).not.toContain('DATE');
    expect(result.verdict).toBe('warn');
  });

  it('the allow list keeps the hospital\'s public number and address quiet, in any format', () => {
    const text = 'Mr. Smith in bed 4 says hi; his daughter\'s cell is 608-555-0190.';
    const plain = scan(text).findings.map((f) => f.category);
    expect(plain).toContain('PHONE');
    const allowed = scan(text, { allowList: ['(608) 555-0190'] }).findings.map((f) => f.category);
    expect(allowed).not.toContain('PHONE');
    expect(allowed).toContain('NAME');
  });

  it('custom rules find an organisation\'s own identifiers; keywords gate them', () => {
    const rule = { id: 'acme-mrn', category: 'MRN' as const, pattern: 'ACM\\d{6}', keywords: ['acme'] };
    expect(scan('see ACM123456', { customRules: [rule] }).findings).toEqual([]);
    const found = scan('acme chart ACM123456', { customRules: [rule] }).findings;
    expect(found.map((f) => f.ruleId)).toContain('custom.acme-mrn');
  });

  it('an invalid custom rule is skipped and the rest still apply', () => {
    const rules = [{ id: 'bad', category: 'MRN' as const, pattern: '([' }, { id: 'good', category: 'OTHER_ID' as const, pattern: 'CASE-\\d{4}' }];
    const result = scan('CASE-1234', { customRules: rules });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['custom.good']);
  });
});

describe('a 100,000-character paste', () => {
  it('finds an identifier buried in the middle and at the very end', () => {
    const filler = 'Vitals stable, ambulating in the hall, tolerating diet. '.repeat(1800);
    const text = filler.slice(0, 50_000) + ' MRN 00482917 ' + filler.slice(0, 50_000) + ' SSN 528-41-7063';
    expect(text.length).toBeGreaterThan(100_000);
    const categories = scan(text).findings.map((f) => f.category);
    expect(categories).toContain('MRN');
    expect(categories).toContain('SSN');
  });
});
