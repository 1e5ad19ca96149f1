// A finding before post-level scoring: offsets are into the normalised paragraph (or post) text.
import type { Category } from './types';

export interface Candidate {
  start: number;
  end: number;
  category: Category;
  ruleId: string;
  /** Confidence from the paragraph alone. */
  confidence: number;
  /** How much the post's patient context (−1..1) moves the confidence. */
  patientWeight: number;
  reason: string;
  severity: 'patient' | 'provider';
}
