// Scores the detector against an annotated corpus: post-level recall by kind, false alarms by
// kind, span recall by label, and precision of findings. Used by `npm run eval` and by the
// floors test (tests/unit/eval-floors.test.ts).
import { scan } from '../../src/detector/node';
import type { ScanOptions, ScanResult } from '../../src/detector';
import type { CorpusPost } from './corpus';

export interface Ratio { hit: number; total: number }
export interface Evaluation {
  postRecall: Record<string, Ratio>;
  falseAlarms: Record<string, Ratio>;
  spanRecall: Record<string, Ratio>;
  findingPrecision: Ratio;
  misses: { id: string; kind: string }[];
  alarms: { id: string; kind: string; findings: string[] }[];
  missedSpans: { id: string; label: string; text: string }[];
}

const bump = (map: Record<string, Ratio>, key: string, hit: boolean) => {
  const r = (map[key] ??= { hit: 0, total: 0 });
  r.total++;
  if (hit) r.hit++;
};

export function evaluate(posts: CorpusPost[], options: ScanOptions = {}): Evaluation {
  const e: Evaluation = { postRecall: {}, falseAlarms: {}, spanRecall: {}, findingPrecision: { hit: 0, total: 0 }, misses: [], alarms: [], missedSpans: [] };
  for (const post of posts) {
    const result: ScanResult = scan(post.text, options);
    const warned = result.verdict === 'warn';
    if (post.phi) {
      bump(e.postRecall, post.kind, warned);
      if (!warned) e.misses.push({ id: post.id, kind: post.kind });
    } else {
      bump(e.falseAlarms, post.kind, warned);
      if (warned) e.alarms.push({ id: post.id, kind: post.kind, findings: result.findings.map((f) => `${f.category}:${post.text.slice(f.start, f.end)}`) });
    }
    for (const span of post.spans) {
      const found = result.findings.some((f) => f.start < span.end && span.start < f.end && (f.category === span.label || (span.label === 'FAX' && f.category === 'PHONE')));
      bump(e.spanRecall, span.label, found);
      if (!found) e.missedSpans.push({ id: post.id, label: span.label, text: span.text });
    }
    for (const f of result.findings) {
      if (f.category === 'STORY') continue;
      e.findingPrecision.total++;
      if (post.spans.some((s) => f.start < s.end && s.start < f.end)) e.findingPrecision.hit++;
    }
  }
  return e;
}

export const rate = (r: Ratio | undefined) => (r && r.total ? r.hit / r.total : NaN);
