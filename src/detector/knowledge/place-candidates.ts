// Places from the gazetteer as quasi-identifier candidates, like the named places of story/quasi.ts:
// they matter only in a story about a patient (low confidence, lifted by the story score).
import type { Candidate } from '../candidate';
import { knowledgeReady } from './index';
import { findPlaces } from './places';

const REASON = 'Naming the place where it happened helps people recognise the patient.';

export function placeCandidates(text: string, out: Candidate[]): void {
  if (!knowledgeReady()) return;
  for (const p of findPlaces(text)) {
    out.push({ start: p.start, end: p.end, category: 'LOCATION', ruleId: `place.${p.kind}`, confidence: 0.1, patientWeight: 0.2, reason: REASON, severity: 'patient',
      features: { [`place.${p.kind}`]: 1, supported: p.supported ? 1 : 0 } });
  }
}
