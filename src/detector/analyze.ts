// Paragraph analysis: everything about one line of text that does not depend on the rest of the
// post. Its result is what the incremental scanner caches between keystrokes.
import type { Candidate } from './candidate';
import { detectNames } from './names/detect';
import type { CompiledRule } from './rules/compile';
import { runRule, viewOf } from './rules/run';
import { findQuasiIdentifiers } from './story/quasi';
import { storySignals, type StorySignals } from './story/signals';

export interface ParagraphAnalysis {
  candidates: Candidate[];
  signals: StorySignals;
}

export function analyzeParagraph(text: string, rules: readonly CompiledRule[]): ParagraphAnalysis {
  const view = viewOf(text);
  const candidates: Candidate[] = [];
  for (const rule of rules) runRule(rule, view, candidates);
  for (const c of detectNames(text, view.lower)) candidates.push(c);
  findQuasiIdentifiers(text, candidates);
  return { candidates, signals: storySignals(view.lower) };
}
