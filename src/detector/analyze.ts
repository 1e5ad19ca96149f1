// Paragraph analysis: everything about one line of text that does not depend on the rest of the
// post. Its result is what the incremental scanner caches between keystrokes.
import type { Candidate } from './candidate';
import { MODEL } from './model';
import { candidateLocalLogit, paragraphStatsAndNgrams, type TextStats } from './model/features';
import { tallyParagraph, type SemanticTally } from './model/semantic';
import { semanticScores } from './knowledge';
import { placeCandidates } from './knowledge/place-candidates';
import { detectNames } from './names/detect';
import type { CompiledRule } from './rules/compile';
import { runRule, viewOf } from './rules/run';
import { findQuasiIdentifiers } from './story/quasi';
import { storySignals, type StorySignals } from './story/signals';
import { tokensOf } from './text/tokens';

export interface ParagraphAnalysis {
  candidates: Candidate[];
  /** The span model's score of each candidate from the paragraph alone (same order). */
  localLogits: number[];
  signals: StorySignals;
  stats: TextStats;
  /** The buckets of the paragraph's hashed word n-grams, each once, in the order first seen. */
  ngrams: number[];
  /** Its words' scores for the post model's semantic term (model/semantic.ts). */
  semantic: SemanticTally;
}

/** "DOB", "date of birth", "fecha de nacimiento" … right before a date: a birth date written as one,
 *  an identifier in itself. ("born" is left to the models: a baby's or a pet's birth is announced.) The
 *  record label in English, Spanish, Portuguese, French, German and Tagalog, and as the forms and records of
 *  Italian, Polish, Dutch, Romanian, Czech, Slovak, Hungarian, Swedish, Danish and Norwegian, Indonesian and
 *  Malay, Turkish, Vietnamese, Russian, Greek, Arabic, Hindi, Chinese, Japanese and Korean write it (their
 *  abbreviations too where records use them: Polish "ur.", Russian "д.р.", Hungarian "szül."). A label for the
 *  year alone ("año de nacimiento") is left out: Safe Harbor keeps the year. Scripts without Latin letters
 *  have no \b here (the flagless \b knows ASCII word characters only), so their labels stand unanchored. */
const BIRTH_LABEL = /(?:\bd\.?\s?o\.?\s?b\b|date of birth|\bbirth\s?date|fecha de nacimiento|\bf\.\s?nac\b|data de nascimento|date de naissance|geburtsdatum|\bgeb\.|petsa ng kapanganakan|data di nascita|data urodzenia|\bur\.|geboortedatum|data na(?:ș|s|ş)terii|datum narozen(?:í|i)|d(?:á|a)tum narodenia|sz(?:ü|u)let(?:é|e)si d(?:á|a)tum|\bsz(?:ü|u)l\.|f(?:ö|o)delsedatum|f(?:ø|o)dselsdato|tanggal lahir|\btgl\.?\s?lahir|tarikh lahir|do(?:ğ|g)um tarihi|ng(?:à|a)y sinh|дата рождения|д\.\s?р\.|ημερομηνία γέννησης|تاريخ الميلاد|जन्म तिथि|出生日期|生年月日|생년월일)[\s:#.,-]*$/;

/** A patient the line itself says is not real: a simulation or training chart, a practice question, a
 *  mannequin, a made-up or placeholder record (the words EHR training, sim labs and exam prep use). A birth
 *  date there is left to the models, which weigh the story, instead of warning by policy. */
const NOT_A_REAL_PATIENT = /\b(?:sim(?:ulation)?\s+(?:lab|chart|patient|scenario|case)|simulation|simulated|test\s+patients?|training\s+(?:environment|patient|chart)|practice\s+(?:patient|question|chart)|mannequin|manikin|standardi[sz]ed\s+patient|made[\s-]up|fictional|fictitious|fake|dummy|placeholder|demo\s+patient)\b/;

function markBirthDates(lower: string, candidates: Candidate[]): void {
  let notReal: boolean | undefined;
  for (const c of candidates) {
    if (c.category !== 'DATE' || !BIRTH_LABEL.test(lower.slice(Math.max(0, c.start - 30), c.start))) continue;
    notReal ??= NOT_A_REAL_PATIENT.test(lower);
    if (!notReal) c.features = { ...c.features, birthLabel: 1 };
  }
}

export function analyzeParagraph(text: string, rules: readonly CompiledRule[]): ParagraphAnalysis {
  const view = viewOf(text);
  const candidates: Candidate[] = [];
  for (const rule of rules) runRule(rule, view, candidates);
  for (const c of detectNames(text, view.lower, view.ascii, view.hasDigit)) candidates.push(c);
  findQuasiIdentifiers(text, candidates, view);
  placeCandidates(text, candidates);
  markBirthDates(view.lower, candidates);
  markNamesBesideRooms(candidates);
  markNamesWithinPlaces(text, candidates);
  markAddressUnits(text, candidates);
  // The lower-case text's words, found once for the span model's windows, the n-grams and the story signals
  // (text/tokens.ts).
  const tokens = tokensOf(view.lower);
  const signals = storySignals(view.lower, text, tokens);
  markHealthNear(candidates, signals.healthAt);
  const localLogits = candidates.map((c) => candidateLocalLogit(MODEL.span, c, text, view.lower, tokens));
  const { stats, ngrams } = paragraphStatsAndNgrams(view.lower, text, tokens);
  return { candidates, localLogits, signals, stats, ngrams, semantic: tallyParagraph(tokens, semanticScores()) };
}

// Characters between a name and a room or bed for the two to be read together: "Mrs. Lund in 14", "room 7
// (Mr. Okafor", "Bed 4 - Hal Brewster".
const BESIDE = 6;

/** Marks a name that stands right beside a room or bed, and that room ("Bed 4 - Hal Brewster", "Mrs. Lund in 14"):
 *  a name with a bed number is how a unit's board and handoff list patients. In the corpora every such name
 *  (64 of 64) is a patient's, and in the invented posts 48 of 55 (the others teaching cases); the span model
 *  learns the weight. Each candidate's features object is replaced, never changed (markHealthNear). */
function markNamesBesideRooms(candidates: Candidate[]): void {
  const rooms = candidates.filter((c) => c.category === 'ROOM');
  if (!rooms.length) return;
  for (const c of candidates) {
    if (c.category !== 'NAME') continue;
    const room = rooms.find((r) => (r.end <= c.start && c.start - r.end <= BESIDE) || (c.end <= r.start && r.start - c.end <= BESIDE));
    if (!room) continue;
    c.features = { ...c.features, roomBeside: 1 };
    if (!room.features?.nameBeside) room.features = { ...room.features, nameBeside: 1 };
  }
}

/** "St." or "Saint" right before a word: a church, hospital, school or town named for a saint. */
const SAINT_BEFORE = /\b(?:St|Saint|Ste)\.?\s+$/;

/** Marks a name that is part of a place's name: a word inside a street address or a place the gazetteer knows
 *  ("Harbor" in "2200 Harbor View Drive", "Lincoln" in "Lincoln County"), or a saint's name that names a
 *  hospital or church ("St. Luke's"). Surnames name streets, counties and towns, so such a word is rarely the
 *  person it would be alone; how rarely, the span model learns from the feature. */
function markNamesWithinPlaces(text: string, candidates: Candidate[]): void {
  const places = candidates.filter((p) => p.category === 'ADDRESS' || p.category === 'LOCATION');
  for (const c of candidates) {
    if (c.category !== 'NAME') continue;
    const within = places.some((p) => p.start <= c.start && c.end <= p.end)
      || SAINT_BEFORE.test(text.slice(Math.max(0, c.start - 7), c.start));
    if (within) c.features = { ...c.features, placeName: 1 };
  }
}

/** The unit an address ends with: a flat, unit, lot or "#" is a home; a suite or floor an office. */
const HOME_UNIT = /\b(?:apt|apartment|unit|lot|trlr|trailer|depto|piso|wohnung)\b\.?\s*[\w-]+$|#\s*[\w-]+$/i;
const OFFICE_UNIT = /\b(?:suite|ste|floor|fl|bldg|building)\b\.?\s*[\w-]+$/i;

/** Marks a street address by the unit it ends with ("Apt 3B" a home, "Suite 300" an office), features the span
 *  model weighs: a patient's address is a home, a clinic's an office. */
function markAddressUnits(text: string, candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.category !== 'ADDRESS') continue;
    const value = text.slice(c.start, c.end);
    if (HOME_UNIT.test(value)) c.features = { ...c.features, homeUnit: 1 };
    else if (OFFICE_UNIT.test(value)) c.features = { ...c.features, officeUnit: 1 };
  }
}

// Characters either side of a span within which a word of health counts as told of it: about a clause.
const HEALTH_NEAR = 60;

/** Marks the names and details that stand beside a word of health ("Ana Ruiz, 71, after her hip replacement"),
 *  one feature for names and one for other details, weighed by the span model: a colleague is named beside
 *  her unit's name too, so the weight is learned, not set. Every candidate's own features object is replaced,
 *  never changed, as a recogniser may share one. */
function markHealthNear(candidates: Candidate[], healthAt: readonly number[]): void {
  if (!healthAt.length) return;
  for (const c of candidates) {
    if (!healthAt.some((at) => at > c.start - HEALTH_NEAR && at < c.end + HEALTH_NEAR)) continue;
    c.features = { ...c.features, [c.category === 'NAME' ? 'healthNear' : 'healthNearDetail']: 1 };
  }
}
