// Runs compiled rules over one paragraph of normalised text and returns raw candidates with
// their local confidence (pattern + validator + context window). Post-level patient context is
// applied later, in scan.ts, so a paragraph's candidates can be cached while the user types.
import { anyPhrase } from '../text/words';
import type { CompiledRule } from './compile';
import type { Candidate } from '../candidate';

export interface ParagraphView {
  text: string;
  lower: string;
  hasDigit: boolean;
  hasAt: boolean;
}

export function viewOf(text: string): ParagraphView {
  return { text, lower: text.toLowerCase(), hasDigit: /\d/.test(text), hasAt: text.includes('@') };
}

function passesPrefilter(rule: CompiledRule, view: ParagraphView): boolean {
  if (rule.prefilterRe && !rule.prefilterRe.test(view.text)) return false;
  if (!rule.prefilter) return true;
  for (const p of rule.prefilter) {
    if (p === '#digit' ? view.hasDigit : p === '#at' ? view.hasAt : view.lower.includes(p)) return true;
  }
  return false;
}

export function runRule(rule: CompiledRule, view: ParagraphView, out: Candidate[]): void {
  if (!passesPrefilter(rule, view)) return;
  for (const { re, confidence } of rule.patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(view.text)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const span = m.indices?.groups?.v ?? [m.index, m.index + m[0].length];
      const [start, end] = span;
      const value = view.text.slice(start, end);
      if (rule.check && !rule.check(value)) continue;
      let conf = confidence;
      let contextFound = false;
      for (let i = 0; i < rule.context.length; i++) {
        const ctx = rule.context[i];
        const hit = anyPhrase(view.lower, ctx.words, Math.max(0, m.index - ctx.before), Math.min(view.lower.length, m.index + m[0].length + ctx.after));
        if (hit) {
          conf += ctx.delta;
          if (i === 0) contextFound = true;
        }
      }
      if (rule.requireContext && !contextFound) continue;
      for (const adj of rule.valueAdjust) if (adj.re.test(value)) conf += adj.delta;
      out.push({ start, end, category: rule.category, ruleId: rule.id, confidence: conf, patientWeight: rule.patientWeight, reason: rule.reason, severity: rule.severity });
    }
  }
}
