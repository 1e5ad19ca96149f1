// Scores the detector on other projects' recognizer tests (../shared/reference/identifier-vectors.jsonl):
// Presidio, phileas, libphonenumber, scrubadub, redact-pii, openredaction. Each vector is one short text
// with one expected identifier (expect "hit", with a span) or none (expect "miss").
//
// Which vectors count:
// - recall: expect "hit", not `weak` (the source's own recognizer scores it low), not phi_label OTHER
//   (passwords, crypto wallets, user names: not Safe Harbor identifiers), not provider identifiers
//   (NPI, DEA, medical licence: they identify the clinician, and the detector reports them as such);
// - false positives: expect "miss" (provider identifiers excluded likewise). `fp_if` lists the kinds a
//   negative rules out; without it, the negative rules out its own phi_label. A negative counts as a
//   false positive when any finding of a ruled-out kind appears anywhere in its text.
//
// Two figures, both reported:
// - strict (the headline): scan(text) at the default sensitivity, as the extension runs it; the case is
//   found when a finding of the right category overlaps the expected span. A finding is a warning or a
//   notice (Finding.level): a vector is a lone identifier with no patient around it, which the
//   extension marks faintly as a notice and does not warn about. The warnings alone are reported too.
// - lenient: a vector is a lone identifier with no patient around it, and some kinds (dates, ZIP codes,
//   ages, places) are only PHI when tied to a patient, so the detector holds them back on purpose. Lenient
//   counts a paragraph candidate of the right category at any confidence, before patient context. Its
//   false-positive figure counts candidates the same way.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scan } from '../../src/detector';
import { analyzeParagraph } from '../../src/detector/analyze';
import { splitParagraphs } from '../../src/detector/paragraphs';
import { builtInRules } from '../../src/detector/rules';
import { normalize } from '../../src/detector/text/normalize';
import type { Category, Sensitivity } from '../../src/detector/types';

export interface Vector {
  source: string;
  entity: string;
  phi_label: string;
  text: string;
  expect: 'hit' | 'miss';
  span: [number, number] | null;
  weak?: boolean;
  fp_if?: string[];
  note?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_VECTORS = resolve(here, '../../../shared/reference/identifier-vectors.jsonl');

export function loadVectors(path = process.env.PHI_GUARD_VECTORS ?? DEFAULT_VECTORS): Vector[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Vector);
}

/** Clinician identifiers: the detector reports them as provider findings, not patient PHI. */
const PROVIDER_ENTITIES = new Set(['US_NPI', 'NPI', 'DEA_NUMBER', 'MEDICAL_LICENSE']);

export const isProvider = (v: Vector) => PROVIDER_ENTITIES.has(v.entity);
export const isMainHit = (v: Vector) => v.expect === 'hit' && !v.weak && v.phi_label !== 'OTHER' && !isProvider(v) && !!v.span;
export const isNegative = (v: Vector) => v.expect === 'miss' && !isProvider(v);

/** The categories that count as finding a label: a fax number is a phone number to the reader. */
function accepts(label: string): Set<string> {
  if (label === 'PHONE' || label === 'FAX') return new Set(['PHONE', 'FAX']);
  return new Set([label]);
}

export interface Hit { start: number; end: number; category: Category | string }

/** Findings as the extension reports them (default sensitivity medium), offsets in the vector's text:
 *  warnings and notices, or the warnings alone. */
export function strictFindings(text: string, sensitivity: Sensitivity = 'medium', warningsOnly = false): Hit[] {
  return scan(text, { sensitivity }).findings.filter((f) => f.category !== 'STORY' && (!warningsOnly || f.level !== 'notice'));
}

/** Paragraph candidates at any confidence, offsets mapped back to the vector's text. */
export function candidateFindings(text: string): Hit[] {
  const norm = normalize(text);
  const rules = builtInRules();
  const out: Hit[] = [];
  for (const p of splitParagraphs(norm.text)) {
    for (const c of analyzeParagraph(p.text, rules).candidates) {
      if (c.end <= c.start) continue;
      out.push({ start: norm.toOriginal[p.start + c.start], end: norm.toOriginal[p.start + c.end - 1] + 1, category: c.category });
    }
  }
  return out;
}

export interface Tally { hit: number; total: number }
export interface VectorScore {
  recall: Record<string, Tally>;
  falsePositives: Record<string, Tally>;
  missed: Vector[];
  alarms: { vector: Vector; found: string[] }[];
}

const bump = (m: Record<string, Tally>, key: string, hit: boolean) => {
  const t = (m[key] ??= { hit: 0, total: 0 });
  t.total++;
  if (hit) t.hit++;
};

export function scoreVectors(vectors: readonly Vector[], find: (text: string) => Hit[]): VectorScore {
  const s: VectorScore = { recall: {}, falsePositives: {}, missed: [], alarms: [] };
  for (const v of vectors) {
    if (isMainHit(v)) {
      const [start, end] = v.span!;
      const ok = accepts(v.phi_label);
      const found = find(v.text).some((f) => ok.has(f.category) && f.start < end && start < f.end);
      bump(s.recall, v.phi_label, found);
      if (!found) s.missed.push(v);
    } else if (isNegative(v)) {
      const ruledOut = new Set((v.fp_if ?? [v.phi_label]).flatMap((k) => [...accepts(k)]));
      const wrong = find(v.text).filter((f) => ruledOut.has(f.category));
      bump(s.falsePositives, v.phi_label, wrong.length > 0);
      if (wrong.length) s.alarms.push({ vector: v, found: wrong.map((f) => `${f.category}:${v.text.slice(f.start, f.end)}`) });
    }
  }
  return s;
}

export function total(m: Record<string, Tally>): Tally {
  return Object.values(m).reduce((a, t) => ({ hit: a.hit + t.hit, total: a.total + t.total }), { hit: 0, total: 0 });
}
