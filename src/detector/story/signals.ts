// Per-paragraph evidence for the story detector and for the post's patient context: counts of
// patient references, clinical detail, distinctive events, and of the kinds of post that are not
// about a patient (own health, announcements, public figures, teaching).
import { hasPhrase, PhraseIndex, wordSet } from '../text/words';
import { ANNOUNCEMENT, CLINICAL_TERMS, DISTINCTIVE_EVENTS, EDUCATION, OWN_FAMILY, OWN_HEALTH, PATIENT_REFERENCES, PUBLIC_INFO } from './lexicon';

export interface StorySignals {
  /** Offsets (paragraph-local) of the first patient reference, for the STORY finding. */
  firstReference: [number, number] | null;
  references: number;
  clinical: number;
  events: string[];
  ownHealth: number;
  ownFamily: number;
  announcement: number;
  publicInfo: number;
  education: number;
}

const INDEX = {
  references: new PhraseIndex(PATIENT_REFERENCES),
  clinical: new PhraseIndex(CLINICAL_TERMS),
  events: new PhraseIndex(DISTINCTIVE_EVENTS),
  ownHealth: new PhraseIndex(OWN_HEALTH),
  ownFamily: new PhraseIndex(OWN_FAMILY),
  announcement: new PhraseIndex(ANNOUNCEMENT),
  publicInfo: new PhraseIndex(PUBLIC_INFO),
  education: new PhraseIndex(EDUCATION),
};

function firstOf(lower: string, phrases: readonly string[]): [number, number] | null {
  let best: [number, number] | null = null;
  for (const p of phrases) {
    for (let at = lower.indexOf(p); at !== -1; at = lower.indexOf(p, at + 1)) {
      if (!hasPhrase(lower, p, at, at + p.length)) continue;
      if (!best || at < best[0]) best = [at, at + p.length];
      break;
    }
  }
  return best;
}

/** "your root canal", "your mother's biopsy": speaking to someone about their care (review replies). */
const YOUR_CARE = /\byour\s+(?:[a-z']+\s+){0,2}?(?:appointment|visit|procedure|treatment|surgery|root canal|crown|filling|cleaning|extraction|implant|biopsy|results|diagnosis|prescription|medications?|meds|test|labs|x-rays?|mri|scan|exam|therapy|session|care|bill|claim|insurance|stay|delivery|pregnancy|injury|infection|condition|symptoms|pain|migraine|surgeon|doctor|dentist|nurse)\b/;

export function storySignals(lower: string): StorySignals {
  const words = wordSet(lower);
  const references = INDEX.references.matches(lower, words);
  const yourCare = words.has('your') ? YOUR_CARE.exec(lower) : null;
  if (yourCare) references.push(yourCare[0]);
  const count = (index: PhraseIndex, cap: number) => Math.min(cap, index.matches(lower, words).length);
  return {
    firstReference: references.length ? firstOf(lower, references) : null,
    references: Math.min(4, references.length),
    clinical: count(INDEX.clinical, 6),
    events: INDEX.events.matches(lower, words),
    ownHealth: count(INDEX.ownHealth, 3),
    ownFamily: count(INDEX.ownFamily, 3),
    announcement: count(INDEX.announcement, 3),
    publicInfo: count(INDEX.publicInfo, 3),
    education: count(INDEX.education, 3),
  };
}
