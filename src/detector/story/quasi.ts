// Quasi-identifiers that only matter in a story about a patient: any age, a named place (road,
// venue, landmark), and the patient references that tie them together. Found per paragraph.
import type { Candidate } from '../candidate';
import { asciiTwin } from '../text/ascii-twin';
import { containsKeyword, viewOf, type ParagraphView } from '../rules/run';
import { pairsOf } from '../rules/pairs';
import { isSpace } from '../text/letters';
import { NOT_PLACE_WORDS } from './lexicon';

/** English number words for ages written out ("six", "twenty-two"). */
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';

/** An age in words: "six years old", "a twenty-two-year-old" (no digit, so outside AGE_PATTERNS). */
const WORD_AGE = new RegExp(`\\b(?<v>(?:${NUMBER_WORDS})(?:[- ](?:${UNIT_WORDS}))?[- ](?:years?[- ]old|year-old|months?[- ]old|month-old))(?![\\p{L}])`, 'giu');

/** Each pattern with the lower-case literals one of which any match holds (null: none checked): a
 *  paragraph holding none of them is not scanned with it. */
const AGE_PATTERNS: { re: RegExp; gate: string[] | null; near?: (text: string, runs: readonly number[]) => boolean }[] = [
  { re: /\b(?<v>\d{1,3}(?:\s*|-)(?:y\/?o|y\.o\.?|yo|yrs?[- ]old|years?[- ]old|-?year-old|months?[- ]old|-month-old|weeks?[- ]old|-week-old|days?[- ]old|-day-old|-?weeker)(?:\s?[MF](?![\p{L}]))?)(?![\p{L}])/giu, gate: ['yo', 'y/o', 'y.o', 'yr', 'year', 'month', 'week', 'day'], near: digitThenUnit },
  { re: /\b(?<v>(?:early|mid|late)[- ]?\d0s)\b/giu, gate: ['0s'] },
  { re: /\b(?<v>\d0-something)\b/giu, gate: ['0-something'] },
  { re: /\b(?:in\s+(?:his|her|their)\s+(?:early\s+|mid\s+|late\s+)?)(?<v>\d0s)\b/giu, gate: ['0s'] },
  { re: /(?<![\w$#])(?<v>[2-9]0s)(?=\s*,|\s+(?:guy|woman|man|lady|female|male)\b)/giu, gate: ['0s'] },
  { re: /\b(?:she['’]s|he['’]s|she\s+is|he\s+is|you['’]re|you\s+are|you\s+were|aged?|ages)\s+(?<v>\d{1,2})(?=[\s,.!)])(?!\s*(?:%|mg|kg|lbs?|min|minutes|hours?|days?|weeks?|months?|percent|am|pm|times|pounds|miles|cm|mm|weeks pregnant))/giu, gate: ['he', 'you', 'age'], near: (text, runs) => wordThenNumber(text, runs, AGE_VERBS) },
  { re: /(?<![\w/])(?<v>\d{1,2}\s?[MF])(?=[\s,.;:)])/gu, gate: null },
  { re: /(?:^|[.!?]\s+)(?<v>\d{1,3})(?=,\s+\p{L})/gu, gate: [','] },
  // Newswriting's appositive age: "the ferry captain, 64, was …", "Honorine, 96:", "the goalkeeper (15)".
  { re: /(?<=\p{L},\s)(?<v>1[01]\d|[1-9]?\d)(?=[,:]\s+["“'‘\p{L}])/gu, gate: [','] },
  { re: /(?<=\p{L}\s?\()(?<v>1[01]\d|[1-9]?\d)(?=\)(?!\s*\d))/gu, gate: ['('] },
  // A sentence that opens on the age: "At 97, she …".
  { re: /(?:^|[.!?]\s+)(?:At|at)\s+(?<v>\d{1,3})(?=,)/gu, gate: [','] },
  // An age after a death, as staff tell one: "passed away peacefully last night at 86", "died at 91". A time of
  // death reads the same ("died at 7 this morning", "at 14:20", "at 14h"), so a number under 13, a clock time or a
  // unit is not one.
  { re: /\b(?:died|passed(?:\s+away|\s+on)?|succumbed)(?:\s+[\p{L}'’]+){0,4}?\s+at\s+(?<v>1[3-9]|[2-9]\d|1[01]\d)(?!\d|[:.]\d|h\b|\s*(?:am|pm|a\.m|p\.m|o['’]clock|hours?|hrs?|min|minutes|weeks?|days?|months?|%|mph|km|miles))(?=[\s,.;!)]|$)/giu, gate: ['died', 'passed', 'succumbed'] },
  { re: /\b(?:mom|mother|dad|father|patient|pt|kid|baby|boy|girl|son|daughter|husband|wife)\s+(?:is|was)\s+(?<v>\d{1,2})(?=[\s,.!)])(?!\s*(?:%|mg|min|minutes|hours?|days?|weeks?|months?|am|pm|times|of|out))/giu, gate: ['is', 'was'], near: (text, runs) => wordThenNumber(text, runs, IS_WAS) },
  // Spanish, Portuguese, French, German and Tagalog: "de 14 años", "cumplió 97 años", "faz 102 anos",
  // "Mémé, 95 ans", "der 80-Jährige", "ist 99 geworden", "97 taong gulang", and set off as an age is
  // ("a sus 74 años", "…, 63 años,", "(79 anos)"). A bare "20 años" is left out: "hace 20 años" is
  // twenty years ago.
  { re: /(?:\b(?:de|tiene|tenía|cumplió|cumple|cumplirá|con|a\s+los|a\s+sus|sus|edad\s+de)\s+|,\s*|[.!?(]\s*)(?<v>\d{1,3}\s+años)(?![\p{L}])/giu, gate: ['años'] },
  { re: /(?:\b(?:de|tem|tinha|faz|fez|completou|completa|com|aos|seus)\s+|,\s*|[.!?(]\s*)(?<v>\d{1,3}\s+anos)(?![\p{L}])/giu, gate: ['anos'] },
  { re: /(?:\b(?:de|a|avait|aura|ses)\s+|,\s*|[.!?(]\s*)(?<v>\d{1,3}\s+ans)(?![\p{L}])/giu, gate: ['ans'] },
  { re: /\b(?<v>\d{1,3}(?:-jährige[rnms]?|\s+jahre\s+alt))(?![\p{L}])/giu, gate: ['jährige', 'jahre'] },
  { re: /\b(?:ist|wurde|wird)\s+(?<v>\d{1,3})\s+(?:jahre|geworden)(?![\p{L}])/giu, gate: ['jahre', 'geworden'] },
  { re: /\b(?<v>\d{1,3}\s+(?:taong\s+gulang|anyos))(?![\p{L}])/giu, gate: ['taong', 'anyos'] },
  // Vietnamese, Haitian Creole, Italian, Polish and romanized Hindi/Urdu: "85 tuổi", "5 tháng tuổi", "li gen 92 an",
  // "granmoun 92 an", "di 87 anni", "un 87enne", "ma 90 lat", "87-letnia", "lat 87", "16 saal ki", "umar 72". A year
  // count that is a duration is left out: "tuổi nghề" (years in a trade), "sa gen 20 an" and "gen 20 an depi",
  // "da 20 anni", "20 anni fa", "od 20 lat", "przez 20 lat", "20 lat temu", "20 saal se", "20 saal ka experience".
  { re: /\b(?<v>\d{1,3}\s*(?:(?:th[áa]ng|ng[àa]y|tu[ầa]n)\s+)?tu[ổo]i)(?![\p{L}])(?!\s+ngh[ềe](?![\p{L}]))/giu, gate: ['tuổi', 'tuoi'] },
  { re: /\b(?:li|mwen|m|ou|ki|pasyan|an|la|nan|lan)\s+(?:te\s+|pral\s+|va\s+)?gen\s+(?<v>\d{1,3}\s+an)(?![\p{L}])(?!\s+(?:depi|nan|ap|de|li\s+ap|l\s+ap|k\s+ap)(?![\p{L}]))/giu, gate: ['gen'] },
  { re: /\b(?:granmoun|timoun|pitit|gason|ti fi|fanm|nonm|madanm|msye|pasyan|bebe)\s+(?<v>\d{1,3}\s+an)(?![\p{L}])/giu, gate: ['granmoun', 'timoun', 'pitit', 'gason', 'ti fi', 'fanm', 'nonm', 'madanm', 'msye', 'pasyan', 'bebe'] },
  { re: /[,(]\s*(?<v>\d{1,3}\s+an)(?=\s*[,;:.!?)]|\s*$)/gu, gate: ['an'] },
  { re: /(?:\b(?:di|ha|aveva|avrà|compie|compiuto|compiuti|compirà|ai\s+suoi|coi\s+suoi)\s+|(?<!\bfino\s)\ba\s+|,\s*|[.!?(]\s*)(?<v>\d{1,3}\s+anni)(?![\p{L}])(?!\s+(?:fa|dopo|prima|di\s+(?:distanza|servizio|esperienza|carriera|lavoro|matrimonio|attività|carcere|reclusione))(?![\p{L}]))/giu, gate: ['anni'] },
  { re: /\b(?<v>\d{1,3}\s?-?enne)(?![\p{L}])/giu, gate: ['enne'] },
  { re: /\b(?<v>\d{1,3}-?(?:letni\p{L}{0,3}|lat(?:ek|ka|ki|ce|kę|kiem|kowi)))(?![\p{L}])(?!\s+(?:sta[żz]|do[śs]wiadczeni))/giu, gate: ['letni', 'latek', 'latk', 'latce'] },
  { re: /\b(?:ma|miał|miała|mial|miala|skończył|skończyła|skonczyl|skonczyla|skończy|skonczy|kończy|konczy|w\s+wieku)\s+(?<v>\d{1,3}\s+(?:lat|lata|rok|roku))(?![\p{L}])(?!\s+(?:temu|stażu|stazu|doświadczenia|doswiadczenia|pracy|później|pozniej)(?![\p{L}]))/giu, gate: ['lat', 'rok'] },
  { re: /\b(?:pacjent|pacjentka|pacjenta|pacjentki|pani|pan|kobieta|mężczyzna|chłopiec|dziewczynka|dziecko),?\s+(?<v>lat\s+\d{1,3})(?![\p{L}\d]|[.,]\d)/giu, gate: ['lat'] },
  { re: /[,(]\s*(?<v>\d{1,3}\s+(?:lat|lata))(?=\s*[,;:.!?)]|\s*$)/giu, gate: ['lat'] },
  { re: /\b(?<v>\d{1,3}\s*(?:saal|sal|varsh|baras|years?|yrs?))(?=\s+(?:ki|ka|ke)(?![\p{L}]))(?!\s+(?:(?:ki|ka|ke)\s+(?:experience|anubhav|naukri|mehnat|service|career|shaadi|rishta|intezaar|intezar|contract|saza|sazaa|jail|gap|break|duty|padhai)|ke\s+(?:baad|bad|liye|lie|andar|bheetar|bhitar|dauran|dauraan|pehle|pahle|tak|se))(?![\p{L}]))/giu, gate: ['saal', 'sal', 'varsh', 'baras', 'year', 'yr'] },
  { re: /\b(?:umar|umr|umra|umer|aayu)\s*(?:[:-]\s*)?(?<v>\d{1,3})(?![\d\p{L}])/giu, gate: ['umar', 'umr', 'umer', 'aayu'] },
  { re: /\b(?<v>\d{1,3})\s+(?:ki|ke)\s+(?:umar|umr|umra|umer)(?![\p{L}])/giu, gate: ['umar', 'umr', 'umer'] },
];

// Exact necessary conditions for the slowest always-run patterns, checked at the digits of a paragraph
// (cheap) so that the pattern is not run where it cannot match. Each holds for any match of its
// pattern; case is folded for ASCII letters, and a paragraph with a long s (which /iu folds to "s") is
// always searched (numberedQuasiIdentifiers' `gated`). Each reads the paragraph's runs of digits (`runs`,
// rules/run.ts ParagraphView.digitRuns: start, end, start, end …), not its every character: what each asks of a
// digit, only the first or the last of a run can answer yes.
const asciiLower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** The ASCII letters (lower-cased) that end just before `end`. */
function lettersBefore(text: string, end: number): string {
  let k = end;
  while (k > 0) {
    const c = asciiLower(text.charCodeAt(k - 1));
    if (c < 97 || c > 122) break;
    k--;
  }
  return text.slice(k, end).toLowerCase();
}

/** A digit then, past white space or up to two hyphens, y, m, w or d: "4 yo", "6-month-old", "3 weeks old".
 *  (After a digit followed by a digit the answer is no: only a run's last digit is looked at.) */
function digitThenUnit(text: string, runs: readonly number[]): boolean {
  for (let r = 1; r < runs.length; r += 2) {
    let j = runs[r];
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (text[j] === '-') j++;
    if (text[j] === '-') j++;
    const c = asciiLower(text.charCodeAt(j));
    if (c === 121 || c === 109 || c === 119 || c === 100) return true;
  }
  return false;
}

/** Words that end right before the white space before an age (she's, you're, is, are, were, aged …). */
const AGE_VERBS = new Set(['is', 'are', 'were', 'age', 'aged', 'ages']);
const IS_WAS = new Set(['is', 'was']);

/** A number after white space after one of `words` ("is 7"), or after 's / 're ("she's 7") for AGE_VERBS. */
function wordThenNumber(text: string, runs: readonly number[], words: ReadonlySet<string>): boolean {
  for (const { word, apostrophe } of wordsBeforeNumbers(text, runs)) {
    if (words.has(word)) return true;
    if (words === AGE_VERBS && (word === 's' || word === 're') && (apostrophe === "'" || apostrophe === '’')) return true;
  }
  return false;
}

// The words that end right before the white space before each number of the last paragraph read, with the
// character before each word: both age patterns that need one read them, so the paragraph is read once.
let wordsRead: string | null = null;
let wordsFound: { word: string; apostrophe: string | undefined }[] = [];
function wordsBeforeNumbers(text: string, runs: readonly number[]): { word: string; apostrophe: string | undefined }[] {
  if (text === wordsRead) return wordsFound;
  wordsFound = [];
  // A digit after white space starts a run.
  for (let r = 0; r < runs.length; r += 2) {
    const i = runs[r];
    if (i < 1 || !isSpace(text.charCodeAt(i - 1))) continue;
    let q = i - 1;
    while (q > 0 && isSpace(text.charCodeAt(q - 1))) q--;
    const word = lettersBefore(text, q);
    wordsFound.push({ word, apostrophe: text[q - word.length - 1] });
  }
  wordsRead = text;
  return wordsFound;
}

const ROAD_ENDS = ['us', 'sr', 'hwy', 'highway', 'route', 'rte', 'road', 'cr', 'interstate', 'rt'];

/** A number right after (or after one "-" or " " after) a road word's end: "US 31", "Hwy-9", "I-95", "Route 66".
 *  (A digit after a digit has neither a letter nor a separator before it: only a run's first is looked at.) */
function roadNumber(text: string, runs: readonly number[]): boolean {
  for (let r = 0; r < runs.length; r += 2) {
    const i = runs[r];
    if (i < 1) continue;
    if (roadWordEndsAt(text, i)) return true;
    const sep = text[i - 1];
    if ((sep === '-' || sep === ' ') && (roadWordEndsAt(text, i - 1) || (sep === '-' && lettersBefore(text, i - 1).endsWith('i')))) return true;
  }
  return false;
}

/** The letters that end at `end` end as a road word does. (A function of the module, not a closure made per
 *  digit: under tsx, as the benchmark runs, each named closure is also given its name, a defineProperty.) */
function roadWordEndsAt(text: string, end: number): boolean {
  const w = lettersBefore(text, end);
  return w.length > 0 && ROAD_ENDS.some((e) => w.endsWith(e));
}

const ROAD = /\b(?<v>(?:I-\d{1,3}|(?:US|SR|Hwy|Highway|Route|Rte|County\s+Road|CR|State\s+Road|Interstate|Rt)[- ]?\d{1,3})(?:\s+(?:bridge|overpass|interchange|exit\s+\d+))?)\b/giu;
const PLACE_TYPES = 'park|pond|lake|zoo|mall|bridge|blvd|boulevard|road|rd|st|street|ave|avenue|plaza|center|centre|apartments|apartment|living|lodge|church|hall|school|elementary|stadium|field|fields|beach|river|creek|falls|trail|station|interchange|marina|pier|campground|casino|arena|gym|library|motel|hotel|inn|market|diner|bar|pub|farm|ranch|mill|factory|plant|warehouse|depot|terminal|airport|square|pool|rink|senior apartments|assisted living|nursing home|trailer park|mobile home park|half marathon|marathon|fair|festival|parade';
const CAPS = `\\p{Lu}[\\p{L}'’&/-]*(?:\\s+\\p{Lu}[\\p{L}'’&/-]*){0,3}`;
/** After a place preposition: any capitalised name ("at Skate Haven", "under the Tidewater Bridge"). */
const NAMED_PLACE = new RegExp(
  `\\b(?:at|on|near|from|in|under|outside|behind|across\\s+from|by|into|off)\\s+(?:the\\s+)?(?<v>${CAPS}(?:\\s+(?:${PLACE_TYPES})\\b)?)`,
  'gu');
/** Two streets that meet: "the corner of Elm and 4th Street", "at Larkspur and 9th", "intersection of Oak Ave &
 *  Route 5". After "corner of" or "intersection of" any two street names; after "at", one must be an ordinal
 *  ("5th") or carry a street type, so that "at Grace and Joe's" is none, and the gate below asks that of the
 *  second ("at Maple Ave and Oak" is not read). */
// The street types, written once: the gate asks the second street for one of the first twelve (as it always has).
const GATE_STREET_TYPES = 'St|Street|Ave|Avenue|Rd|Road|Blvd|Dr|Drive|Ln|Lane|Way';
const STREET_TYPES = `${GATE_STREET_TYPES}|Pike|Pkwy`;
const STREET = `(?:(?:Route|Hwy|Highway|US|SR)\\s?\\d{1,3}|\\d{1,3}(?:st|nd|rd|th)|\\p{Lu}[\\p{L}'’-]*)(?:\\s+(?:${STREET_TYPES})\\b\\.?)?`;
const INTERSECTION = new RegExp(
  `\\b(?:(?:corner|intersection)\\s+of|at)\\s+(?:the\\s+)?(?<v>${STREET}\\s+(?:and|&)\\s+${STREET})`, 'gu');
/** What every intersection holds: "corner of", "intersection of", or "and"/"&" before an ordinal or a street type. */
const INTERSECTION_GATE = new RegExp(`(?:corner|intersection)\\s+of\\b|(?:\\band|&)\\s+(?:\\d{1,3}(?:st|nd|rd|th)\\b|\\S+\\s+(?:${GATE_STREET_TYPES})\\b)`);
/** An intersection read after "at" must name an ordinal, a numbered road or a street type. */
const NAMES_A_STREET = new RegExp(`\\d(?:st|nd|rd|th)\\b|\\b(?:${STREET_TYPES}|Route|Hwy|Highway)\\b`);

/** After "of the": only a name ending in a place type ("of the Lakeshore Fun Run"). */
const OF_PLACE = new RegExp(`\\bof\\s+the\\s+(?<v>${CAPS}\\s+(?:${PLACE_TYPES}))\\b`, 'gu');

const FACILITY_WORDS = /\b(?:hospital|medical|health|healthcare|clinic|regional|general|children's|university|instagram|facebook|tiktok|youtube|reddit|twitter|linkedin|epic|cerner)\b/i;

/** A whole word that is a place type (made once, not per candidate place). */
const PLACE_TYPE = new RegExp(`^(?:${PLACE_TYPES})$`);

function looksLikePlace(value: string): boolean {
  // A word cut short before a digit ("COVID-" of "COVID-19") names no place.
  if (FACILITY_WORDS.test(value) || value.endsWith('-')) return false;
  const words = value.split(/\s+/);
  if (words.every((w) => NOT_PLACE_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')))) return false;
  const last = words[words.length - 1].toLowerCase();
  if (words.length > 1) return true;
  // One capitalised word alone ("at Mercy") is weak evidence, and a place type alone ("St" of "St. Agnes",
  // cut at its period; "the Lake") names none.
  return !PLACE_TYPE.test(last) && (/[/']/.test(value) || value.length > 5);
}

function push(out: Candidate[], start: number, end: number, category: 'AGE' | 'LOCATION', ruleId: string, reason: string): void {
  out.push({ start, end, category, ruleId, confidence: 0.1, patientWeight: 0.2, reason, severity: 'patient' });
}

// The ASCII twins of the regexes above (text/ascii-twin.ts): the same matches on a paragraph of ASCII only, faster.
const TWINS = new Map<RegExp, RegExp | null>([...AGE_PATTERNS.map((p) => p.re), ROAD, WORD_AGE, NAMED_PLACE, OF_PLACE].map((re) => [re, asciiTwin(re)]));
/** `re`, or its ASCII twin when the paragraph is ASCII only. */
const forText = (re: RegExp, ascii: boolean) => (ascii && TWINS.get(re)) || re;

// Each age pattern's gate words as pairs of adjacent characters: most are decided from the paragraph's pairs
// (rules/run.ts containsKeyword) without reading the paragraph once per word.
const GATE_PAIRS = AGE_PATTERNS.map((p) => p.gate?.map(pairsOf) ?? null);

/** `view`: the paragraph's view (rules/run.ts), as paragraph analysis has it. */
export function findQuasiIdentifiers(text: string, out: Candidate[], view: ParagraphView = viewOf(text)): void {
  const ascii = view.ascii;
  // Ages and roads always carry a digit; most paragraphs of a post have none.
  if (view.hasDigit) {
    roomsAfterNames(text, out);
    numberedQuasiIdentifiers(text, view, out);
  }
  if (/old\b/i.test(text)) agesInWords(text, ascii, out);
  namedPlaces(forText(NAMED_PLACE, ascii), text, out);
  if (text.includes('of the')) namedPlaces(forText(OF_PLACE, ascii), text, out);
  if (INTERSECTION_GATE.test(text)) intersections(text, out);
}

function intersections(text: string, out: Candidate[]): void {
  INTERSECTION.lastIndex = 0;
  for (let m = INTERSECTION.exec(text); m; m = INTERSECTION.exec(text)) {
    const v = m.groups!.v.replace(/[.]+$/, '');
    // "at Maple and …" needs an ordinal or a street type on one side; "corner of" says it already.
    if (/^at\b/i.test(m[0]) && !NAMES_A_STREET.test(v)) continue;
    const start = m.index + m[0].lastIndexOf(m.groups!.v);
    push(out, start, start + v.length, 'LOCATION', 'story.intersection', 'Naming the corner where it happened helps people recognise the patient.');
  }
}

/** "in 7" right after a name: the room or bed, as a unit speaks of its patients ("Rosalind in 7 kept asking
 *  for her cat"). The room rule reads it after a title or a word for a person ("Mrs. Ames in 7", "the lady in
 *  7"); here a name the name readers found is enough. Not a count of time or a measure ("in 3 weeks"), an
 *  ordinal ("in 5th grade"), a time or a score ("in 2:30", "in 3-1"). */
const IN_ROOM_AFTER_NAME = /^\s+in\s+(?:bed\s+|room\s+|bay\s+)?(\d{1,3}[A-Za-z]?)(?![\w:/.,-]\d|\w)(?!\s*(?:days?|weeks?|hours?|hrs?|min(?:ute)?s?|months?|years?|yrs?|am|pm|a\.m|p\.m|%|x\b|times|places?|points?|innings?|games?|rounds?|minutes|seconds|secs?|steps|sets|reps|mg|ml|kg|lbs?|miles?|km|inches|feet|cm))/i;

function roomsAfterNames(text: string, out: Candidate[]): void {
  const count = out.length;
  for (let i = 0; i < count; i++) {
    const name = out[i];
    if (name.category !== 'NAME') continue;
    const m = IN_ROOM_AFTER_NAME.exec(text.slice(name.end, name.end + 40));
    if (!m) continue;
    const start = name.end + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (out.some((c) => c.category === 'ROOM' && c.start < end && start < c.end)) continue;
    out.push({ start, end, category: 'ROOM', ruleId: 'story.room-after-name', confidence: 0.5, patientWeight: 0.35, reason: 'A room or bed number points to one patient on a unit.', severity: 'patient' });
  }
}

function numberedQuasiIdentifiers(text: string, view: ParagraphView, out: Candidate[]): void {
  const ascii = view.ascii;
  // With the u and i flags a long s (U+017F) matches "s", and it has no lower-case "s": no gate then.
  const gated = !text.includes('\u017f');
  for (let k = 0; k < AGE_PATTERNS.length; k++) {
    const pattern = AGE_PATTERNS[k];
    const { gate, near } = pattern;
    if (gated && gate && !anyGateWord(view, gate, GATE_PAIRS[k]!)) continue;
    if (gated && near && !near(text, view.digitRuns)) continue;
    const re = forText(pattern.re, ascii);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const v = m.groups!.v;
      const start = m.index + m[0].lastIndexOf(v);
      push(out, start, start + v.length, 'AGE', 'story.age', 'An age, together with what happened, helps people recognise the patient.');
    }
  }
  if (gated && !roadNumber(text, view.digitRuns)) return;
  const road = forText(ROAD, ascii);
  road.lastIndex = 0;
  for (let m = road.exec(text); m; m = road.exec(text)) {
    const v = m.groups!.v;
    const start = m.index + m[0].lastIndexOf(v);
    push(out, start, start + v.length, 'LOCATION', 'story.road', 'Naming the road where it happened helps people recognise the patient.');
  }
}

function anyGateWord(view: ParagraphView, gate: readonly string[], pairs: readonly Uint16Array[]): boolean {
  for (let i = 0; i < gate.length; i++) if (containsKeyword(view, gate[i], pairs[i])) return true;
  return false;
}

function agesInWords(text: string, ascii: boolean, out: Candidate[]): void {
  const re = forText(WORD_AGE, ascii);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(out, m.index, m.index + m[0].length, 'AGE', 'story.age', 'An age, together with what happened, helps people recognise the patient.');
  }
}

/** "Birch Ave Tuesday" -> "Birch Ave": a weekday or month after a place is not part of it. */
function trimTrailingNonPlace(value: string): string {
  const words = value.split(/\s+/);
  while (words.length > 1 && NOT_PLACE_WORDS.has(words[words.length - 1].toLowerCase())) words.pop();
  return words.join(' ');
}

function namedPlaces(re: RegExp, text: string, out: Candidate[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const v = trimTrailingNonPlace(m.groups!.v.replace(/[.,;:!?]+$/, ''));
    if (!v || !looksLikePlace(v)) continue;
    const start = m.index + m[0].lastIndexOf(m.groups!.v);
    push(out, start, start + v.length, 'LOCATION', 'story.place', 'Naming the place where it happened helps people recognise the patient.');
  }
}
