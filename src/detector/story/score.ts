// The STORY finding's evidence and reason: what in the post moved the post model towards "this is
// about a particular patient", ordered by how much each piece added (learned weight × value), in
// plain words. Clinicians' real leaks rarely name anyone; it is this combination — a particular
// patient, what happened, and an age, place, day or room — that lets people recognise the patient.
import type { PostScore } from '../combine';
import { MODEL } from '../model';
import { CONJUNCTIONS, storyPartsOf, type StoryPart } from '../model/features';
import type { Category, StoryEvidence } from '../types';
import type { CueGroup } from './cues';

const QI_KIND: Partial<Record<Category, StoryEvidence['kind']>> = { AGE: 'age', LOCATION: 'place', ADDRESS: 'place', ZIP: 'place', DATE: 'day', ROOM: 'room', NAME: 'reference' };
const GROUP_KIND: Partial<Record<CueGroup, StoryEvidence['kind']>> = { refThird: 'reference', refSecond: 'reference', youEpisode: 'reference', description: 'role', careEvent: 'event', event: 'event', role: 'role', clinical: 'detail' };

/** The story part (model/features.ts) each group makes: its share of a conjunction's weight is its own. */
const GROUP_PART: Partial<Record<CueGroup, StoryPart>> = { refThird: 'ref', refSecond: 'ref', careEvent: 'ref', clinical: 'clin', event: 'event', role: 'event' };

// The groups with a kind, in GROUP_KIND's order, and the post model's feature names read per post (max:AGE,
// g:clinical …), made once rather than built as template strings, and the entries listed, on every scan.
const GROUP_ENTRIES = (Object.entries(GROUP_KIND) as [CueGroup, StoryEvidence['kind']][]).map(([group, kind]) => ({ group, kind, weightName: `g:${group}`, part: GROUP_PART[group] }));
const MAX_NAMES = new Map<string, string>();
const maxName = (cat: Category) => MAX_NAMES.get(cat) ?? MAX_NAMES.set(cat, `max:${cat}`).get(cat)!;

const KIND_WORDS: Record<StoryEvidence['kind'], string> = {
  reference: 'a particular patient', age: 'an age', place: 'a place', day: 'a day', room: 'a room or bed',
  event: 'what happened', role: "the person's role or community", detail: 'clinical detail',
};

export function storyEvidence(score: PostScore, text: string): StoryEvidence[] {
  const weighed: { kind: StoryEvidence['kind']; text: string; weight: number }[] = [];
  const w = MODEL.post.named;
  // A conjunction's weight (x:ref*clin …) is shared equally among the parts it needs: a reference to
  // someone moves the decision through them, having no weight of its own.
  const parts = storyPartsOf(score.aggregate);
  const share: Record<StoryPart, number> = { ref: 0, clin: 0, quasi: 0, event: 0 };
  for (const [name, needs] of CONJUNCTIONS) {
    if (needs.every((part) => parts[part])) for (const part of needs) share[part] += (w[name] ?? 0) / needs.length;
  }
  const best = new Map<Category, { conf: number; start: number; end: number }>();
  for (const c of score.candidates) {
    if (!QI_KIND[c.category]) continue;
    const b = best.get(c.category);
    if (!b || c.confidence > b.conf) best.set(c.category, { conf: c.confidence, start: c.start, end: c.end });
  }
  // A span another reading holds more surely ("Cedar Bluff" as a town, not a name) is not what the story rests on.
  for (const [cat, b] of best) {
    if (score.candidates.some((o) => o.category !== cat && o.start < b.end && b.start < o.end && o.confidence > b.conf)) best.delete(cat);
  }
  for (const [cat, b] of best) weighed.push({ kind: QI_KIND[cat]!, text: text.slice(b.start, b.end), weight: (w[maxName(cat)] ?? 0) * b.conf + (cat === 'NAME' ? 0 : share.quasi) });
  for (const { group, kind, weightName, part } of GROUP_ENTRIES) {
    const n = score.aggregate.counts[group];
    if (!n) continue;
    weighed.push({ kind, text: score.examples[group] ?? '', weight: (w[weightName] ?? 0) * Math.log1p(n) + (part ? share[part] : 0) });
  }
  const seen = new Set<string>();
  return weighed
    .filter((e) => e.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .filter((e) => !seen.has(e.kind) && seen.add(e.kind))
    .slice(0, 4)
    .map(({ kind, text: words }) => ({ kind, text: words }));
}

export function storyReason(evidence: readonly StoryEvidence[]): string {
  const parts = evidence.map((e) => (e.text ? `${KIND_WORDS[e.kind]} ("${e.text}")` : KIND_WORDS[e.kind]));
  if (!parts.length) return 'This reads as a story about a particular patient that people who know them could recognise, even without a name.';
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return `This reads as a story about a particular patient. Together, ${list} can let people who know them recognise them, even without a name.`;
}
