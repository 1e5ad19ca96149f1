// Post-level scoring: applies the post's patient context and story score to the paragraph
// candidates, resolves overlaps, applies the user's options and maps offsets back to the
// caller's text. Cheap, so it runs in full on every scan while paragraph analysis is cached.
import type { ParagraphAnalysis } from './analyze';
import type { Candidate } from './candidate';
import { mergeSignals, patientContext } from './context';
import type { Paragraph } from './paragraphs';
import { scoreStory, storyReason } from './story/score';
import type { NormalizedText } from './text/normalize';
import type { Category, Finding, ScanOptions, ScanResult, Sensitivity } from './types';

export const THRESHOLDS: Record<Sensitivity, number> = { low: 0.7, medium: 0.5, high: 0.35 };

const CUE_NAME_RULES = new Set(['name.title', 'name.label', 'name.named', 'name.patient', 'name.relative', 'name.board', 'name.nickname', 'name.age-sex']);
const STORY_QI = new Set<Category>(['AGE', 'LOCATION', 'DATE', 'ROOM', 'ADDRESS']);

function absolute(analyses: readonly ParagraphAnalysis[], paragraphs: readonly Paragraph[]): Candidate[] {
  const all: Candidate[] = [];
  analyses.forEach((a, i) => {
    const offset = paragraphs[i].start;
    for (const c of a.candidates) all.push({ ...c, start: c.start + offset, end: c.end + offset });
  });
  return all;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Other mentions of an accepted name ("Harold, you inspire us" after "Mr. Harold Nwachukwu"). */
function repeatMentions(text: string, names: readonly Candidate[]): Candidate[] {
  const words = new Map<string, Candidate>();
  for (const n of names) {
    for (const w of text.slice(n.start, n.end).split(/[\s,"“”]+/)) {
      if (w.length > 2 && /^\p{Lu}\p{L}/u.test(w) && !words.has(w)) words.set(w, n);
    }
  }
  if (!words.size) return [];
  const out: Candidate[] = [];
  const re = new RegExp(`(?<![\\p{L}])(?:${[...words.keys()].map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const source = words.get(m[0])!;
    out.push({ ...source, start: m.index, end: m.index + m[0].length, ruleId: 'name.repeat', confidence: source.confidence - 0.05 });
  }
  return out;
}

/** Keeps the most confident of overlapping candidates (STORY spans a sentence and overlaps freely). */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.confidence - a.confidence || (b.end - b.start) - (a.end - a.start));
  const kept: Candidate[] = [];
  // Kept spans, sorted by start; none overlap, so a binary search finds the only possible neighbours.
  const spans: Candidate[] = [];
  const overlapsKept = (c: Candidate) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < c.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && spans[lo - 1].end > c.start;
  };
  for (const c of sorted) {
    if (c.category === 'STORY') {
      kept.push(c);
      continue;
    }
    if (overlapsKept(c)) continue;
    kept.push(c);
    let at = 0;
    while (at < spans.length && spans[at].start < c.start) at++;
    spans.splice(at, 0, c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function allowed(text: string, lower: string, c: Candidate, allowList: readonly string[]): boolean {
  if (!allowList.length) return false;
  const value = lower.slice(c.start, c.end);
  const digits = value.replace(/\D/g, '');
  return allowList.some((entry) => {
    const e = entry.trim().toLowerCase();
    if (!e) return false;
    if (e === value) return true;
    const entryDigits = e.replace(/\D/g, '');
    if (entryDigits.length >= 7 && entryDigits === digits) return true;
    for (let at = lower.indexOf(e); at !== -1; at = lower.indexOf(e, at + 1)) {
      if (at <= c.start && c.end <= at + e.length) return true;
    }
    return false;
  });
}

export function combine(norm: NormalizedText, paragraphs: readonly Paragraph[], analyses: readonly ParagraphAnalysis[], options: ScanOptions): ScanResult {
  const threshold = THRESHOLDS[options.sensitivity ?? 'medium'] ?? THRESHOLDS.medium;
  const text = norm.text;
  const candidates = absolute(analyses, paragraphs);
  const signals = mergeSignals(analyses.map((a) => a.signals), paragraphs.map((p) => p.start));
  const cueNames = candidates.filter((c) => CUE_NAME_RULES.has(c.ruleId) && c.confidence >= 0.6).length;
  const context = patientContext(signals, cueNames);
  const story = scoreStory(signals, candidates, text);
  const storyOn = story.score >= threshold && options.categories?.STORY !== false;

  const scored = candidates.map((c) => {
    let confidence = Math.min(1, c.confidence + c.patientWeight * context);
    if (storyOn && STORY_QI.has(c.category)) confidence = Math.max(confidence, story.score - 0.1);
    return { ...c, confidence };
  });
  let accepted = scored.filter((c) => c.confidence >= threshold);
  const names = accepted.filter((c) => c.category === 'NAME');
  if (names.length) accepted = accepted.concat(repeatMentions(text, names));
  if (storyOn) {
    const [start, end] = story.reference ?? [0, Math.min(text.length, 40)];
    accepted.push({ start, end, category: 'STORY', ruleId: 'story.context', confidence: story.score, patientWeight: 0, reason: storyReason(story.parts), severity: 'patient' });
  }
  const allowList = options.allowList ?? [];
  const lowerText = allowList.length ? text.toLowerCase() : '';
  const findings: Finding[] = resolveOverlaps(accepted)
    .filter((c) => options.categories?.[c.category] !== false && !allowed(text, lowerText, c, allowList))
    .map((c) => ({
      start: norm.toOriginal[c.start],
      end: norm.toOriginal[c.end - 1] + 1,
      category: c.category,
      ruleId: c.ruleId,
      confidence: Math.round(Math.min(1, c.confidence) * 100) / 100,
      reason: c.reason,
    }));
  const risk = findings.reduce((acc, f) => 1 - (1 - acc) * (1 - f.confidence * (f.category === 'STORY' ? 1 : 0.9)), 0);
  return { verdict: findings.length ? 'warn' : 'ok', risk: Math.round(risk * 100) / 100, findings };
}
