// Turns the scans of every editor in a publish into one verdict and the findings the warning lists.
import { warningsOf } from '../detector/scan';
import type { Finding, ScanResult } from '../detector/types';
import type { ShownFinding } from './overlay/FindingList';

export interface EditorScan {
  text: string;
  result: ScanResult;
}

export interface Verdict {
  warn: boolean;
  risk: number;
  findings: Finding[];
  shown: ShownFinding[];
}

export function combine(scans: EditorScan[]): Verdict {
  const risky = scans
    .filter((s) => s.result.verdict === 'warn')
    .map((s) => ({ text: s.text, warnings: warningsOf(s.result) }))
    .filter((s) => s.warnings.length > 0);
  const findings = risky.flatMap((s) => s.warnings);
  const shown: ShownFinding[] = [];
  const seen = new Set<string>();
  for (const { text, warnings } of risky) {
    for (const f of [...warnings].sort((a, b) => a.start - b.start)) {
      const words = text.slice(f.start, f.end);
      const key = `${f.category}\u0000${words}`;
      if (seen.has(key)) continue;
      seen.add(key);
      shown.push({ category: f.category, ruleId: f.ruleId, words, reason: f.reason, evidence: f.evidence });
    }
  }
  return { warn: risky.length > 0, risk: Math.max(0, ...scans.map((s) => s.result.risk)), findings, shown };
}
