// Property-based tests of scan() (fast-check): whatever the text, scan() returns, stays inside the
// caller's text and gives the same answer twice; and characters that do not show (zero-width, bidi
// marks, soft hyphens), non-breaking spaces and full-width digits never hide an identifier.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIncrementalScanner, scan } from '../../../src/detector';

// Pieces that make clinical-looking text, so generated posts reach the recognisers and the models.
const WORDS = ['Pt', 'Mrs.', 'Delia', 'Pemberton', 'DOB', 'MRN', 'bed', '12', 'the', 'crash', 'on', 'I-94', 'yesterday',
  '11/08/1952', '630-555-0194', 'ssn', 'née', 'señora', '🩺', '\n', ',', '.', 'a@b.co', 'https://x.y/z', '93-year-old'];
const clinicalText = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), clinicalText);

describe('scan() on any text', () => {
  it('never throws, keeps offsets inside the text and is deterministic', () => {
    fc.assert(fc.property(anyText, fc.constantFrom('low', 'medium', 'high' as const), (text, sensitivity) => {
      const a = scan(text, { sensitivity });
      expect(['ok', 'warn']).toContain(a.verdict);
      expect(a.risk).toBeGreaterThanOrEqual(0);
      expect(a.risk).toBeLessThanOrEqual(1);
      for (const f of a.findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.start).toBeLessThanOrEqual(f.end);
      }
      expect(scan(text, { sensitivity })).toEqual(a);
    }), { numRuns: 300 });
  });

  it('gives the same result through the incremental scanner, edit after edit', () => {
    const scanner = createIncrementalScanner();
    fc.assert(fc.property(fc.array(clinicalText, { minLength: 1, maxLength: 6 }), (versions) => {
      for (const text of versions) expect(scanner.scan(text)).toEqual(scan(text));
    }), { numRuns: 100 });
  });
});

const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F', '\u202A', '\u202C', '\u00AD'];
const FULL_WIDTH = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

const PLACEHOLDER = /(\d)\1{3}|0123456|1234567|2345678|3456789|9876543|8765432/;

/** Labelled identifiers that warn by policy, with random digits (SSNs kept valid: not 000/666/9xx). */
const identifier = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 665 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
    .map(([a, g, s]) => ({ label: 'SSN ', value: `${String(a).padStart(3, '0')}-${String(g).padStart(2, '0')}-${String(s).padStart(4, '0')}`, category: 'SSN' })),
  // Not placeholder-like numbers (a digit four times in a row, a run counting up or down): rules/mrn.json
  // holds those below the policy level, as EHR training charts number their test patients that way.
  fc.integer({ min: 1_000_000, max: 99_999_999 }).filter((n) => !PLACEHOLDER.test(String(n)))
    .map((n) => ({ label: 'MRN ', value: String(n), category: 'MRN' })),
);

/** Inserts a character that does not show at each chosen gap of the value, or swaps its digits to full width. */
const disguise = fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.constantFrom(...INVISIBLE), fc.boolean());

describe('disguised identifiers are still found', () => {
  it('with invisible characters or full-width digits inside the number', () => {
    fc.assert(fc.property(identifier, disguise, fc.constantFrom('', 'Pt follow-up: ', 'fyi '), (id, [gaps, mark, fullWidth], prefix) => {
      let value = fullWidth ? FULL_WIDTH(id.value) : id.value;
      for (const gap of gaps) {
        const at = 1 + (gap % (value.length - 1));
        value = value.slice(0, at) + mark + value.slice(at);
      }
      const text = `${prefix}${id.label}${value}`;
      const found = scan(text).findings.filter((f) => f.category === id.category);
      expect(found.length, JSON.stringify(text)).toBeGreaterThan(0);
      const start = prefix.length + id.label.length;
      expect(found.some((f) => f.start < start + value.length && start < f.end)).toBe(true);
    }), { numRuns: 300 });
  });

  it('with non-breaking spaces between the groups of a labelled SSN', () => {
    fc.assert(fc.property(identifier.filter((id) => id.category === 'SSN'), fc.constantFrom('\u00A0', '\u202F', '\u2007'), (id, space) => {
      const text = `SSN ${id.value.replace(/-/g, space)}`;
      expect(scan(text).findings.some((f) => f.category === 'SSN'), JSON.stringify(text)).toBe(true);
    }), { numRuns: 100 });
  });
});
