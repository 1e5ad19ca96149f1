// Story context (category STORY): a particular patient + clinical detail or a distinctive event +
// quasi-identifiers (age, place, day, room). Clinicians' real leaks rarely name anyone; this
// combination is what lets a family, a neighbour or a reporter recognise the patient.
import type { Candidate } from '../candidate';
import type { StorySignals } from './signals';

const QI_KIND: Partial<Record<Candidate['category'], string>> = { AGE: 'an age', LOCATION: 'a place', ADDRESS: 'a place', DATE: 'a day', ROOM: 'a room or bed' };

export interface StoryVerdict {
  score: number;
  /** Where the story names its patient ("the lady in", "the 16 y/o"), for the STORY finding. */
  reference: [number, number] | null;
  /** The quasi-identifiers that make the story identifying, for the reason text. */
  parts: string[];
}

const DETERMINER_BEFORE = /\b(?:the|a|an|our|this|that|my)\s+$/i;

export function scoreStory(signals: StorySignals, candidates: readonly Candidate[], text: string): StoryVerdict {
  const kinds = new Map<string, string>();
  let reference = signals.firstReference;
  let ageReferences = 0;
  for (const c of candidates) {
    const kind = QI_KIND[c.category];
    if (kind && !kinds.has(kind)) kinds.set(kind, text.slice(c.start, c.end));
    // "the 16 y/o", "a 78 yo": an age with a determiner points at one patient.
    // A possessive ("a 90-year-old's heart") is a generic statement, not a patient.
    const possessive = /^['’]s\b/.test(text.slice(c.end, c.end + 3));
    // "82 yo F", "58M": age-and-sex shorthand is only ever written about a patient.
    const ageSex = /\d\s*(?:y\/?o|yo)?\s?[MF]$/i.test(text.slice(c.start, c.end));
    if (c.category === 'AGE' && !possessive && (ageSex || DETERMINER_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start)))) {
      ageReferences++;
      if (!reference || c.start < reference[0]) reference = [c.start, c.end];
    }
  }
  const references = signals.references + ageReferences;
  const events = signals.events.length;
  if (references === 0 || (signals.clinical === 0 && events === 0) || kinds.size + Math.min(events, 1) === 0) {
    return { score: 0, reference: null, parts: [] };
  }
  const negative = 0.35 * signals.ownHealth + 0.15 * signals.ownFamily + 0.3 * signals.announcement + 0.3 * signals.publicInfo + 0.5 * signals.education;
  const score = 0.2 + 0.12 * Math.min(references, 2) + 0.05 * Math.min(signals.clinical, 4)
    + 0.15 * Math.min(kinds.size + Math.min(events, 1), 3) + 0.1 * Math.min(events, 2) - negative;
  const parts = [...kinds].map(([kind, words]) => `${kind} ("${words}")`);
  if (events) parts.push(`an event ("${signals.events[0]}")`);
  return { score: Math.max(0, Math.min(0.95, score)), reference, parts };
}

export function storyReason(parts: readonly string[]): string {
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return `This reads as a story about a particular patient. Together, ${list} can let people who know them recognise them, even without a name.`;
}
