// Rules as data (rules/*.json), modelled on Purview's sensitive information types and Presidio's
// recognizers: patterns with a base confidence, an optional validator, context words within a
// character window that raise confidence, negative context that lowers it, and examples that a
// meta-test runs (tests/unit/rules.test.ts).
import type { Category } from '../types';

export interface PatternSpec {
  regex: string;
  /** Extra flags besides the always-on "g"; "i" for case-insensitive. */
  flags?: string;
  confidence: number;
}

export interface ContextSpec {
  words: string[];
  /** Characters to look at before the match and after it. */
  before: number;
  after: number;
  /** Added to (boost) or subtracted from (penalty) the confidence when a word is found. */
  delta: number;
}

export interface ValueAdjust {
  /** Tested against the matched value itself (e.g. a personal e-mail domain). */
  regex: string;
  flags?: string;
  delta: number;
}

export interface RuleData {
  id: string;
  category: Category;
  /** The letter of 45 CFR 164.514(b)(2)(i) this rule covers; "-" for provider identifiers. */
  safeHarbor: string;
  description: string;
  /** Plain words for the warning dialog. */
  reason: string;
  /** Cheap pre-check: a lower-case substring, or "#digit" / "#upper", one of which must occur. */
  prefilter?: string[];
  /** A cheap regex (tested once per paragraph, case-insensitive) that must match before the patterns run. */
  prefilterRegex?: string;
  patterns: PatternSpec[];
  /** Name of a validator (src/detector/validators or detector checks) the value must pass. */
  validator?: string;
  context?: ContextSpec[];
  /** Drop the match unless one of the first context spec's words is found. */
  requireContext?: boolean;
  valueAdjust?: ValueAdjust[];
  /** How strongly the post's patient context (−1..1) moves this rule's confidence. */
  patientWeight?: number;
  /** Provider identifiers (NPI, DEA) identify the clinician, not the patient. */
  severity?: 'patient' | 'provider';
  examples: { match: string[]; noMatch: string[] };
}

/** A context spec as a rule file writes it: its own words, or the name of one of the file's `wordLists`
 *  (one list several rules of a file share, written once). */
export type ContextSpecInFile = Omit<ContextSpec, 'words'> & ({ words: string[] } | { wordList: string });

/** A rules/*.json file: its rules, and the word lists their context specs may name. */
export interface RuleFile {
  wordLists?: Record<string, string[]>;
  rules: (Omit<RuleData, 'context'> & { context?: ContextSpecInFile[] })[];
}
