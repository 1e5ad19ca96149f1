// Per-paragraph evidence for the story detector and for the post's patient context: counts of
// patient references, clinical detail, distinctive events, and of the kinds of post that are not
// about a patient (own health, announcements, public figures, teaching).
import { anyPhrase, hasPhrase } from '../text/words';
import { ANNOUNCEMENT, CLINICAL_TERMS, DISTINCTIVE_EVENTS, EDUCATION, OWN_HEALTH, PATIENT_REFERENCES, PUBLIC_INFO } from './lexicon';

export interface StorySignals {
  /** Offsets (paragraph-local) of the first patient reference, for the STORY finding. */
  firstReference: [number, number] | null;
  references: number;
  clinical: number;
  events: string[];
  ownHealth: number;
  announcement: number;
  publicInfo: number;
  education: number;
}

function count(lower: string, phrases: readonly string[], cap: number): number {
  let n = 0;
  for (const p of phrases) {
    if (hasPhrase(lower, p) && ++n >= cap) break;
  }
  return n;
}

function firstOf(lower: string, phrases: readonly string[]): [number, number] | null {
  let best: [number, number] | null = null;
  for (const p of phrases) {
    let at = lower.indexOf(p);
    while (at !== -1 && !hasPhrase(lower, p, at, at + p.length)) at = lower.indexOf(p, at + 1);
    if (at !== -1 && (!best || at < best[0])) best = [at, at + p.length];
  }
  return best;
}

export function storySignals(lower: string): StorySignals {
  const events: string[] = [];
  for (const e of DISTINCTIVE_EVENTS) if (hasPhrase(lower, e)) events.push(e);
  return {
    firstReference: anyPhrase(lower, PATIENT_REFERENCES) ? firstOf(lower, PATIENT_REFERENCES) : null,
    references: count(lower, PATIENT_REFERENCES, 4),
    clinical: count(lower, CLINICAL_TERMS, 6),
    events,
    ownHealth: count(lower, OWN_HEALTH, 3),
    announcement: count(lower, ANNOUNCEMENT, 3),
    publicInfo: count(lower, PUBLIC_INFO, 3),
    education: count(lower, EDUCATION, 3),
  };
}
