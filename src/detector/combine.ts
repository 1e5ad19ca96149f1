// Post-level scoring: the post model and the span model (model/, weights learned by
// scripts/train.ts) turn the paragraphs' candidates and cues into findings; then overlaps are
// resolved, the user's options applied and offsets mapped back to the caller's text. Cheap, so it
// runs in full on every scan while paragraph analysis is cached.
import type { ParagraphAnalysis } from './analyze';
import type { Candidate } from './candidate';
import { MODEL } from './model';
import { identifiesAlone, refersToSomeone, loneIdentifier, noticeWorthy, warnsAlways, isLanguage, kindOf, postHashedScale, HASH_BUCKETS, postNamedFeatures, type CandidateKind, type PostAggregate } from './model/features';
import { logit, logitUniform, sigmoid } from './model/linear';
import { emptyTally, semanticLogit } from './model/semantic';
import { semanticScores } from './knowledge';
import type { Paragraph } from './paragraphs';
import { CUE_GROUP_NAMES } from './story/cues';
import { emptyCounts, type StorySignals } from './story/signals';
import { storyEvidence, storyReason } from './story/score';
import { tableColumnCandidates } from './tables';
import { LETTER, letterClass } from './text/letters';
import type { NormalizedText } from './text/normalize';
import type { Category, Finding, ScanOptions, ScanResult, Sensitivity } from './types';

/** Organisation rules carry their own confidence; it is compared with these, as IT expects. */
const CUSTOM_RULE_THRESHOLDS: Record<Sensitivity, number> = { low: 0.7, medium: 0.5, high: 0.35 };
/** Spans a story rests on are highlighted with it. */
const STORY_QI = new Set<Category>(['AGE', 'LOCATION', 'DATE', 'ROOM', 'ADDRESS', 'ZIP', 'NAME']);

export interface PostScore {
  /** Probability that the post is about an identifiable patient (0 for text that is not language). */
  post: number;
  /** Candidates with absolute offsets and their span probability in `confidence`. */
  candidates: Candidate[];
  aggregate: PostAggregate;
  firstReference: [number, number] | null;
  /** The first sentence that tells its reader of their own care (story/signals.ts readerCare). */
  readerCare: [number, number] | null;
  /** The first phrase found of each cue group, for the STORY reason. */
  examples: StorySignals['examples'];
  /** Whether the text reads as language (the cues of bytes or code tell no story). */
  language: boolean;
}

// Marks the buckets aggregate() has listed; cleared before it returns.
const listed = new Uint8Array(HASH_BUCKETS);
// aggregate()'s sums of the cue groups, zeroed on each call (a typed array allocated per post measured ~1% of a bulk scan).
const groupSums = new Float64Array(CUE_GROUP_NAMES.length);

export function aggregate(analyses: readonly ParagraphAnalysis[]): PostAggregate {
  const a: PostAggregate = { counts: emptyCounts(), stats: { tokens: 0, wordLike: 0, numeric: 0, codeMarks: 0 }, hashed: [], maxConfidence: new Map(), semantic: emptyTally() };
  // Each paragraph's counts object holds the groups in CUE_GROUP_NAMES order (emptyCounts): they are
  // summed by place into an array, and written to a.counts by name once. Adding them by name into
  // a.counts, 19 keyed reads and writes per paragraph, was most of a keystroke's aggregate(). A key
  // out of place is added by name, as before.
  const sums = groupSums.fill(0);
  try {
    for (const p of analyses) {
      const counts = p.signals.counts;
      let i = 0;
      for (const g in counts) {
        const n = counts[g as keyof typeof counts];
        if (g === CUE_GROUP_NAMES[i]) sums[i] += n;
        else a.counts[g as keyof typeof counts] += n;
        i++;
      }
      a.stats.tokens += p.stats.tokens;
      a.stats.wordLike += p.stats.wordLike;
      a.stats.numeric += p.stats.numeric;
      a.stats.codeMarks += p.stats.codeMarks;
      a.semantic.words += p.semantic.words;
      a.semantic.functionWords += p.semantic.functionWords;
      a.semantic.score += p.semantic.score;
      for (const b of p.ngrams) {
        if (listed[b]) continue;
        listed[b] = 1;
        a.hashed.push(b);
      }
      for (const c of p.candidates) {
        if (c.ruleId.startsWith('custom.')) continue;
        a.maxConfidence.set(c.category, Math.max(a.maxConfidence.get(c.category) ?? 0, c.confidence));
      }
    }
  } finally {
    for (const b of a.hashed) listed[b] = 0;
  }
  for (let i = 0; i < sums.length; i++) a.counts[CUE_GROUP_NAMES[i]] += sums[i];
  return a;
}

/** A paragraph's candidate at its place in the post, with its post-level confidence. Built field by
 *  field, not by spreading: candidates of different shapes made the spread the slowest part of a keystroke.
 *  The fields every candidate has are in the one literal (four added one by one after it grew each
 *  object's property store twice, on every keystroke); features and evidence stay absent when absent. */
function placed(c: Candidate, offset: number, confidence: number, paragraph: string): Candidate {
  const out: Candidate = {
    start: c.start + offset, end: c.end + offset, category: c.category, ruleId: c.ruleId, confidence,
    patientWeight: c.patientWeight, reason: c.reason, severity: c.severity,
    identifiesAlone: identifiesAlone(c.category, c.confidence),
    warnsAlways: warnsAlways(c.category, c.confidence, c.features),
    loneIdentifier: loneIdentifier(c.category, c.confidence),
    notice: noticeWorthy(c, paragraph),
  };
  if (c.features !== undefined) out.features = c.features;
  if (c.evidence !== undefined) out.evidence = c.evidence;
  return out;
}

/** Both models applied to a post's paragraph analyses (also used by the explain and train scripts). */
export function scorePost(paragraphs: readonly Paragraph[], analyses: readonly ParagraphAnalysis[]): PostScore {
  const agg = aggregate(analyses);
  const language = isLanguage(agg.stats);
  // The semantic term is the post model's weights over word vectors, folded into word scores (model/semantic.ts).
  const post = language ? sigmoid(logitUniform(MODEL.post, postNamedFeatures(agg), agg.hashed, postHashedScale(agg)) + semanticLogit(agg.semantic, semanticScores())) : 0;
  const candidates: Candidate[] = [];
  let firstReference: [number, number] | null = null;
  let readerCare: [number, number] | null = null;
  const examples: StorySignals['examples'] = {};
  for (let i = 0; i < analyses.length; i++) {
    const a = analyses[i];
    const offset = paragraphs[i].start;
    for (const g in a.signals.examples) examples[g as keyof typeof examples] ??= a.signals.examples[g as keyof typeof examples];
    if (!firstReference && a.signals.firstReference) firstReference = [a.signals.firstReference[0] + offset, a.signals.firstReference[1] + offset];
    if (!readerCare && a.signals.readerCare) readerCare = [a.signals.readerCare[0] + offset, a.signals.readerCare[1] + offset];
    for (let j = 0; j < a.candidates.length; j++) {
      const c = a.candidates[j];
      // The span model reads the span and its paragraph only: the post's story is the post model's to
      // weigh, and the stacker joins the two (the post's cue counts as span context, measured: leave one
      // source out, nested, medium 82.9 / 69.7 / 9.7 -> 83.2 / 70.6 / 9.1 without them).
      const confidence = c.ruleId.startsWith('custom.') ? c.confidence : sigmoid(a.localLogits[j]);
      candidates.push(placed(c, offset, confidence, paragraphs[i].text));
    }
  }
  return { post, candidates, aggregate: agg, firstReference, readerCare, examples, language };
}

/** The code point that ends just before `at` (a surrogate pair read whole, as a u-flag lookbehind does). */
function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2)!;
  }
  return low;
}

const isLetterAt = (cp: number | undefined) => cp !== undefined && !Number.isNaN(cp) && (letterClass(cp) & LETTER) !== 0;

/** Other mentions of an accepted name ("Walter, you inspire us" after "Mr. Walter Brisco"). */
function repeatMentions(text: string, names: readonly Candidate[]): Candidate[] {
  const words = new Map<string, Candidate>();
  for (const n of names) {
    for (const w of text.slice(n.start, n.end).split(/[\s,"“”]+/)) {
      if (w.length > 2 && /^\p{Lu}\p{L}/u.test(w) && !words.has(w)) words.set(w, n);
    }
  }
  if (!words.size) return [];
  // What /(?<![\p{L}])(?:word1|word2|…)(?![\p{L}])/gu finds, without compiling a regex per post: the
  // places any word occurs, in order; at each, the first word (in the Map's order) that matches there
  // with no letter before or after it; the next match is looked for after it.
  const list = [...words.keys()];
  const starts: number[] = [];
  for (const w of list) for (let at = text.indexOf(w); at !== -1; at = text.indexOf(w, at + 1)) starts.push(at);
  starts.sort((a, b) => a - b);
  const out: Candidate[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from || (at > 0 && isLetterAt(codePointBefore(text, at)))) continue;
    const w = list.find((x) => text.startsWith(x, at) && !isLetterAt(text.codePointAt(at + x.length)));
    if (w === undefined) continue;
    const source = words.get(w)!;
    out.push({ ...source, start: at, end: at + w.length, ruleId: 'name.repeat', confidence: source.confidence * 0.95 });
    from = at + w.length;
  }
  return out;
}

/** The index of the first of `spans` (sorted by start) that does not start before `at`. */
function firstStartingFrom(spans: readonly Candidate[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `c` overlaps one of `spans` (sorted by start, none overlapping): a binary search finds the
 *  only possible neighbour, so a paste with thousands of spans stays linear-logarithmic. */
function overlapsAny(spans: readonly Candidate[], c: Candidate): boolean {
  const next = firstStartingFrom(spans, c.end);
  return next > 0 && spans[next - 1].end > c.start;
}

/** Keeps the most confident of overlapping candidates (STORY spans a sentence and overlaps freely); one that
 *  warns by policy first, so the finding shown gives the reason the post warns ("written as the patient's
 *  name", not "a name from the lexicon"). */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => Number(!!b.warnsAlways) - Number(!!a.warnsAlways) || b.confidence - a.confidence || (b.end - b.start) - (a.end - a.start));
  const kept: Candidate[] = [];
  // Kept spans, sorted by start and never overlapping.
  const spans: Candidate[] = [];
  for (const c of sorted) {
    if (c.category === 'STORY') {
      kept.push(c);
      continue;
    }
    if (overlapsAny(spans, c)) continue;
    kept.push(c);
    spans.splice(firstStartingFrom(spans, c.start), 0, c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function allowed(lower: string, c: Candidate, allowList: readonly string[]): boolean {
  if (!allowList.length) return false;
  const value = lower.slice(c.start, c.end);
  const digits = value.replace(/\D/g, '');
  return allowList.some((entry) => {
    const e = entry.trim().toLowerCase();
    if (!e) return false;
    if (e === value) return true;
    const entryDigits = e.replace(/\D/g, '');
    if (entryDigits.length >= 7 && entryDigits === digits) return true;
    for (let at = lower.indexOf(e); at !== -1; at = lower.indexOf(e, at + 1)) {
      if (at <= c.start && c.end <= at + e.length) return true;
    }
    return false;
  });
}

/** The stacker's inputs (scripts/lib/train-lib.ts fits it on the same numbers): the post model's
 *  logit, and per kind of span (name, quasi-identifier, identifier) the most probable one and how
 *  many are more likely than not. */
// stackInputs' feature names for each kind, made once: as template strings they were built, and then
// hashed to find their weights, on every scan.
const STACK_NAMES = (['name', 'quasi', 'id'] as const).map((kind) => ({
  kind, best: `best:${kind}`, likely: `likely:${kind}`, health: `best:${kind}*health`, person: `best:${kind}*person`,
}));

function clampLogit(p: number): number {
  const q = Math.max(1e-4, Math.min(1 - 1e-4, p));
  return Math.log(q / (1 - q));
}

export function stackInputs(post: number, spans: readonly { p: number; kind: CandidateKind }[], story: StoryParts = NO_STORY): Map<string, number> {
  const out = new Map<string, number>([['post', clampLogit(post)]]);
  for (const names of STACK_NAMES) {
    const kind = names.kind;
    let best = 0;
    let likely = 0;
    for (const s of spans) {
      if (s.kind !== kind) continue;
      if (s.p > best) best = s.p;
      if (s.p >= 0.5) likely++;
    }
    out.set(names.best, best);
    // Counted up to three: a list of links, dates or numbers is not more of a patient for each item
    // (a README's eleven badge links warned). Measured (nested, medium): 75.6 / 59.6 / 9.8 -> 75.2 / 61.4 / 9.6.
    out.set(names.likely, Math.log1p(Math.min(likely, 3)));
    // A name or a detail is patient information when the post also speaks of someone's health or
    // care: a conjunction that the span model and the post model each see only half of.
    out.set(names.health, best * story.health);
    out.set(names.person, best * story.person);
  }
  // A post with no likely span at all (a story told without a name, an age or a place the recognisers
  // know) is decided by the post model alone: its own weight lets the verdict lean on the story there
  // without trusting it more where spans speak too. Measured (leave one source out, nested): mean
  // direct / contextual / false alarms 73.7 / 55.9 / 10.1 -> 74.0 / 57.8 / 9.6.
  // A post that says whose story it is not (a TV show's, a teaching case's, the writer's own or family's, a
  // public figure's own statement, a pet's): its names and details weigh by what the post model makes of that,
  // which the spans, each read within its paragraph, cannot see.
  out.set('best*framed', Math.max(out.get('best:name')!, out.get('best:quasi')!) * story.framed);
  const bare = out.get('best:name')! < 0.5 && out.get('best:quasi')! < 0.5 && out.get('best:id')! < 0.5;
  out.set('bare*post', bare ? out.get('post')! : 0);
  return out;
}

/** Whether a post refers to someone (a patient reference, second person, a care event) and to health: a
 *  clinical word, a care event, or outpatient care (a crown, hearing aids, physical therapy), which is what a
 *  practice's reply to its patient's review speaks of. */
export interface StoryParts { person: number; health: number; framed: number }
export const NO_STORY: StoryParts = { person: 0, health: 0, framed: 0 };
export function storyParts(counts: PostAggregate['counts']): StoryParts {
  return {
    person: refersToSomeone(counts),
    health: Math.min(1, counts.clinical + counts.careEvent + counts.outpatient),
    framed: Math.min(1, counts.fiction + counts.teaching + counts.ownHealth + counts.ownFamily + counts.attribution + counts.animal),
  };
}

/** The stacker's verdict score for a post: its inputs from the post model and the learned spans (`learned`:
 *  the candidates that are not an organisation's own rules). Also printed by scripts/explain.ts. */
export function stackedScore(score: PostScore, learned: readonly Candidate[]): number {
  return sigmoid(logit(MODEL.stack, stackInputs(score.post, learned.map((c) => ({ p: c.confidence, kind: kindOf(c.category) })), storyParts(score.language ? score.aggregate.counts : emptyCounts()))));
}

/** A reply's confirmation warns by policy, at the confidence a labelled identifier has. */
const REPLY_CONFIDENCE = 0.9;
const REPLY_REASON = 'This reply tells the reviewer about their own care, which confirms they are a patient. The site shows their name beside it.';

export function combine(norm: NormalizedText, paragraphs: readonly Paragraph[], analyses: readonly ParagraphAnalysis[], options: ScanOptions): ScanResult {
  const sensitivity: Sensitivity = options.sensitivity && options.sensitivity in MODEL.operatingPoints ? options.sensitivity : 'medium';
  const point = MODEL.operatingPoints[sensitivity];
  const text = norm.text;
  const score = scorePost(paragraphs, analyses);
  const learned = score.candidates.filter((c) => !c.ruleId.startsWith('custom.'));
  const verdictScore = stackedScore(score, learned);
  const identifier = learned.reduce((m, c) => (c.identifiesAlone ? Math.max(m, c.confidence) : m), 0);
  // Identifiers a table's header labels (tables.ts) warn by policy, beside the paragraphs' own.
  const columns = tableColumnCandidates(text);
  const certain = [...learned.filter((c) => c.warnsAlways || (point.loneIdentifiers && c.loneIdentifier)), ...columns];
  const name = learned.reduce((m, c) => (c.category === 'NAME' ? Math.max(m, c.confidence) : m), 0);
  // A reply to a review that tells the reviewer of their own care confirms they are a patient: the site shows
  // their name beside it. A policy, as a labelled MRN is: the models, fitted on posts whose reader is anyone,
  // weigh such a sentence as they would in any post (HHS has fined practices for replies that said no more).
  const reply = options.replyToReview && score.language && options.categories?.STORY !== false ? score.readerCare : null;
  const warns = certain.length > 0 || verdictScore >= point.post || identifier >= point.identifier || name >= (point.name ?? Infinity) || reply !== null;

  // Organisation rules stand on their own confidence; the learned spans only in a post that warns.
  // Sets, not Array.includes: a pasted post can have thousands of candidates.
  const certainSet = new Set(certain);
  const accepted = score.candidates.filter((c) =>
    c.ruleId.startsWith('custom.') ? c.confidence >= CUSTOM_RULE_THRESHOLDS[sensitivity] : certainSet.has(c) || (warns && c.confidence >= point.span));
  for (const c of columns) accepted.push(c); // a loop: a pasted table's cells may be too many to spread
  const bestSpan = learned.reduce((m, c) => Math.max(m, c.confidence), 0);
  // The STORY finding says why a post warns when its story carries the decision; a span that warns by
  // policy (a labelled MRN, a date of birth) is its own reason, and a chart's banner is no story.
  const storyOn = warns && options.categories?.STORY !== false && (reply !== null || (!certain.length && (score.post >= bestSpan || !accepted.length)));
  if (storyOn) {
    // The quasi-identifiers the story rests on are highlighted with it.
    const acceptedSet = new Set(accepted);
    for (const c of learned) {
      if (STORY_QI.has(c.category) && c.confidence >= 0.5 && !acceptedSet.has(c)) {
        accepted.push(c);
        acceptedSet.add(c);
      }
    }
  }
  const names = accepted.filter((c) => c.category === 'NAME');
  if (names.length) accepted.push(...repeatMentions(text, names));
  if (reply) {
    // The sentence that confirms it is the reason, in place of the story's.
    accepted.push({ start: reply[0], end: reply[1], category: 'STORY', ruleId: 'story.reply', confidence: Math.max(REPLY_CONFIDENCE, verdictScore), patientWeight: 0, reason: REPLY_REASON, severity: 'patient' });
  } else if (storyOn) {
    const [start, end] = score.firstReference ?? [0, Math.min(text.length, 40)];
    const evidence = storyEvidence(score, text);
    accepted.push({ start, end, category: 'STORY', ruleId: 'story.context', confidence: Math.max(score.post, verdictScore), patientWeight: 0, reason: storyReason(evidence), severity: 'patient', evidence });
  }
  const allowList = options.allowList ?? [];
  const lowerText = allowList.length ? text.toLowerCase() : '';
  const warned = resolveOverlaps(accepted).filter((c) => shown(c, options, lowerText, allowList));
  const notices = resolveOverlaps(noticesFor(learned, accepted, warned)).filter((c) => shown(c, options, lowerText, allowList));
  const findings = warned.map((c) => toFinding(norm, c, false));
  // A loop, not Math.max(...spread): a huge paste's findings would overflow the call's arguments.
  let risk = 0;
  if (findings.length) {
    risk = verdictScore;
    for (const f of findings) risk = Math.max(risk, f.confidence);
  }
  const verdict = findings.length ? 'warn' : 'ok';
  if (notices.length) {
    for (const c of notices) findings.push(toFinding(norm, c, true));
    findings.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return { verdict, risk: Math.round(risk * 100) / 100, findings };
}

/** Whether the user's options let a span be shown. A module function, not a named closure per scan: under
 *  tsx, as the benchmark runs, each named closure is also given its name (a defineProperty, ~1% of a bulk scan). */
function shown(c: Candidate, options: ScanOptions, lowerText: string, allowList: readonly string[]): boolean {
  return options.categories?.[c.category] !== false && !allowed(lowerText, c, allowList);
}

/** A span as the finding the caller sees, at its offsets in the caller's text. */
function toFinding(norm: NormalizedText, c: Candidate, notice: boolean): Finding {
  const f: Finding = {
    start: norm.toOriginal[c.start],
    end: norm.toOriginal[c.end - 1] + 1,
    category: c.category,
    ruleId: c.ruleId,
    confidence: Math.round(Math.min(1, c.confidence) * 100) / 100,
    reason: c.reason,
  };
  if (notice) f.level = 'notice';
  if (c.evidence) f.evidence = c.evidence;
  return f;
}

/** The identifiers a post does not warn about (model/features.ts noticeWorthy). Nothing in the post
 *  says whose they are, so the guard does not stop it; it marks them faintly so a clinician who pasted
 *  a patient's number sees it. Clinicians' own identifiers (NPI, DEA) are left out, and so is anything
 *  overlapping a finding that warns. */
function noticesFor(learned: readonly Candidate[], accepted: readonly Candidate[], warned: readonly Candidate[]): Candidate[] {
  const acceptedSet = new Set(accepted);
  // warned comes from resolveOverlaps: sorted by start, and its spans other than STORY never overlap.
  const spans = warned.filter((w) => w.category !== 'STORY');
  return learned.filter((c) => c.notice && c.severity !== 'provider' && !acceptedSet.has(c) && !overlapsAny(spans, c));
}
