// scan(): the detector's synchronous, pure entry point (design.md §3).
import { analyzeParagraph, type ParagraphAnalysis } from './analyze';
import { combine } from './combine';
import { compileCustomRules } from './custom-rules';
import { splitParagraphs } from './paragraphs';
import { builtInRules } from './rules';
import type { CompiledRule } from './rules/compile';
import { normalize } from './text/normalize';
import type { Finding, RuleSpec, ScanOptions, ScanResult } from './types';

/** What the guard says when the detector itself fails: check by hand rather than post blind. */
const FAILED: ScanResult = {
  verdict: 'warn',
  risk: 0.5,
  findings: [{ start: 0, end: 0, category: 'OTHER_ID', ruleId: 'detector.error', confidence: 0.5,
    reason: 'PHI Guard could not check this post completely. Please read it again before posting.' }],
};

const customCache = new WeakMap<readonly RuleSpec[], CompiledRule[]>();

/** Built-in rules plus the valid custom rules (invalid ones are reported by the policy validator). */
export function rulesFor(options: ScanOptions): CompiledRule[] {
  const specs = options.customRules;
  if (!specs?.length) return builtInRules();
  let custom = customCache.get(specs);
  if (!custom) {
    custom = compileCustomRules(specs);
    customCache.set(specs, custom);
  }
  return builtInRules().concat(custom);
}

export function scanWith(text: string, options: ScanOptions, analyze: (paragraph: string, rules: CompiledRule[]) => ParagraphAnalysis): ScanResult {
  if (typeof text !== 'string' || text.length === 0) return { verdict: 'ok', risk: 0, findings: [] };
  try {
    const rules = rulesFor(options);
    // Synchronous from here to combine's findings: the offset map may be the shared one (normalize).
    const norm = normalize(text, true);
    const paragraphs = splitParagraphs(norm.text);
    const analyses = paragraphs.map((p) => analyze(p.text, rules));
    return combine(norm, paragraphs, analyses, options);
  } catch {
    return structuredClone(FAILED);
  }
}

/** The findings a post warns about, without the notices (Finding.level). */
export function warningsOf(result: ScanResult): Finding[] {
  return result.findings.filter((f) => f.level !== 'notice');
}

export function scan(text: string, options: ScanOptions = {}): ScanResult {
  // A paragraph that repeats in the post (blank lines above all) is analysed once: the analysis is a
  // pure function of its text, and nothing downstream changes it (the incremental scanner shares them too).
  const seen = new Map<string, ParagraphAnalysis>();
  return scanWith(text, options ?? {}, (paragraph, rules) => {
    let analysis = seen.get(paragraph);
    if (!analysis) {
      analysis = analyzeParagraph(paragraph, rules);
      seen.set(paragraph, analysis);
    }
    return analysis;
  });
}
