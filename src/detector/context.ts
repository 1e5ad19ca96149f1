// The post's patient context, from −1 (clearly not about a patient: own health, an announcement,
// public statistics, teaching material) to 1 (clearly about a particular patient). Rules whose
// matches are only PHI when tied to a patient (dates, rooms, ages, places, names with no cue)
// move their confidence by it.
import type { StorySignals } from './story/signals';

export function patientContext(s: StorySignals, cueNames: number): number {
  const positive = 0.3 * Math.min(s.references, 2) + 0.08 * Math.min(s.clinical, 4) + 0.1 * Math.min(s.events.length, 2) + 0.15 * Math.min(cueNames, 2);
  const negative = 0.35 * s.ownHealth + 0.15 * s.ownFamily + 0.3 * s.announcement + 0.3 * s.publicInfo + 0.5 * s.education;
  return Math.max(-1, Math.min(1, positive - negative));
}

export function mergeSignals(all: readonly StorySignals[], offsets: readonly number[]): StorySignals {
  const merged: StorySignals = { firstReference: null, references: 0, clinical: 0, events: [], ownHealth: 0, ownFamily: 0, announcement: 0, publicInfo: 0, education: 0 };
  all.forEach((s, i) => {
    if (!merged.firstReference && s.firstReference) merged.firstReference = [s.firstReference[0] + offsets[i], s.firstReference[1] + offsets[i]];
    merged.references += s.references;
    merged.clinical += s.clinical;
    for (const e of s.events) if (!merged.events.includes(e)) merged.events.push(e);
    merged.ownHealth += s.ownHealth;
    merged.ownFamily += s.ownFamily;
    merged.announcement += s.announcement;
    merged.publicInfo += s.publicInfo;
    merged.education += s.education;
  });
  return merged;
}
