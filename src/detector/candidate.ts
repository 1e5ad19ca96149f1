// A finding before post-level scoring: offsets are into the normalised paragraph (or post) text.
import type { Category, StoryEvidence } from './types';

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
  /** Evidence a recogniser measured (a name's frequency, its cue), learned from by the span model. */
  features?: Record<string, number>;
  /** Set by the post scorer: whether this span identifies a patient whatever the story. */
  identifiesAlone?: boolean;
  /** Set by the post scorer: an identifier that warns by policy (model/features.ts warnsAlways). */
  warnsAlways?: boolean;
  /** Set by the post scorer: a well-formed identifier with no organisation context around it, which
   *  warns at the sensitivity levels that guard every identifier (model/features.ts loneIdentifier). */
  loneIdentifier?: boolean;
  /** Set by the post scorer: shown as a notice when the post does not warn (features.ts noticeWorthy). */
  notice?: boolean;
  /** For a STORY candidate: what identifies the patient (becomes Finding.evidence). */
  evidence?: StoryEvidence[];
}
