// Finds names of patients and their relatives (Safe Harbor A). Cues come first because most
// names in clinicians' posts follow one: a title ("Mrs. Pendergast"), a label ("Pt: Rosa
// Márquez"), a patient or relative word ("his mom, Loretta"), an assignment-board "LAST, FIRST".
// Then the lexicon finds "First Last" pairs with no cue, which the post's patient context must
// support. Colleagues ("Dr. Varga", "Anjali Venkatesan, RN") and public figures are left alone.
import type { Candidate } from '../candidate';
import { knowledgeReady } from '../knowledge';
import { isSpace, letterClass, LOWER, nameWords, UPPER, type NameWords } from '../text/letters';
import { asciiTwin, isAscii } from '../text/ascii-twin';
import { wordHash } from '../text/tokens';
import { WordTable } from '../text/word-table';
import { hasPhrase } from '../text/words';
import { evidence, isAmbiguousFirstName, isCommonWord, isFirstName, isLastName, isNeverName, mayBeGivenName } from './lexicon';
import { readNameRun, stripPossessive, type NameRun, type ReadOptions } from './read-name';

interface Cue {
  id: string;
  /** Words one of which must be in the paragraph before the cue's regex runs (punctuation: a substring). */
  keys: string[];
  re: RegExp;
  confidence: number;
  /** How much the post's patient context adds (default 0.2: the cue itself is most of the evidence). */
  patientWeight?: number;
  read: ReadOptions;
  reason: string;
}

const RELATIVES = 'wife|husband|son|daughter|mom|mama|mommy|mother|dad|papa|daddy|father|ex|ex-wife|ex-husband|ex-boyfriend|ex-girlfriend|sister|brother|grandson|granddaughter|grandma|grandmother|grandpa|grandfather|aunt|uncle|niece|nephew|fianc[ée]e?|girlfriend|boyfriend|spouse|widow|widower|caregiver|mum|mamá|papá|hijo|hija|esposo|esposa|filho|filha|marido|maman|mari|femme|fils|fille|sohn|tochter|ehemann|ehefrau|anak|asawa';

const CUES: Cue[] = [
  { id: 'name.title', keys: ['mr', 'mrs', 'ms', 'miss', 'mx', 'mister'], re: /\b(?:mr|mrs|ms|miss|mx|mister)\b\.?\s*/giu, confidence: 0.75, read: { lowerFirst: true, maxWords: 3 },
    reason: 'A name with Mr., Mrs. or Ms. in a post about care can identify the patient.' },
  // Titles of other languages and communities, the name capitalised after them. Most languages write a title
  // in lower case inside a sentence ("la señora Arrieta", "a dona Conceição", "madame Dubois", "la signora
  // Piovan", "meneer De Wit", "bà Lan"), and those titles are taken in either case. Capitalised only: titles
  // that are also words or names ("Don" an English verb, "Sr" without its dot an English senior, "Seu"
  // Portuguese "your", "Ate", "Lola", "Tia"), and those their languages write capitalised (German Herr and
  // Frau; Tagalog's Aling, Mang, Kuya; Indonesian's and Swahili's Ibu, Bapak, Mzee).
  // Haitian Creole's Madan, Madanm and Msye, Hinglish's Aunty, Shri and Smt.; Polish "pan" in lower case only ("Peter Pan").
  // Vietnamese speaks to and of adults by kinship: Chị (an older woman), Cô, Chú and Bác as well as Bà, Ông, Cụ;
  // "Anh" and "Em" are left out, being given names too.
  { id: 'name.title-intl', keys: ['don', 'doña', 'dona', 'señora', 'senora', 'señor', 'senor', 'sra', 'sr', 'srta', 'madame', 'mme', 'mlle', 'monsieur', 'herr', 'frau', 'gng', 'aling', 'mang', 'lola', 'lolo', 'tita', 'tito', 'kuya', 'ate', 'tia', 'tio', 'abuela', 'abuelo', 'seu', 'ñ', 'í',
    'mademoiselle', 'senhor', 'senhora', 'signora', 'signor', 'sig', 'meneer', 'mevrouw', 'mevr', 'pani', 'panie', 'doamna', 'doamnei', 'domnul', 'domnului', 'ibu', 'bapak', 'mzee', 'à', 'ông', 'ụ', 'm',
    'pan', 'madan', 'madanm', 'msye', 'aunty', 'auntie', 'shri', 'shrimati', 'smt', 'ị', 'ô', 'ú', 'á'],
    re: /(?<![\p{L}])(?:Don|[Dd]oña|[Dd]ona|Seu|[Ss]enhora|[Ss]enhor|[Ss]eñora|[Ss]enora|[Ss]eñor|[Ss]enor|Sra\.?|sra\.|Sr\.?|sr\.|Srta\.?|srta\.|[Mm]adame|[Mm]ademoiselle|Mme\.?|Mlle\.?|[Mm]onsieur|M\.|Herr|Frau|Gng\.?|Aling|Mang|Lola|Lolo|Tita|Tito|Kuya|Ate|T[ií]a|T[ií]o|Abuela|Abuelo|[Ss]ignora|[Ss]ignor|[Ss]ig\.(?:ra)?|[Mm]eneer|[Mm]evrouw|[Mm]evr\.|[Pp]anie?|[Dd]oamn(?:a|ei)|[Dd]omnul(?:ui)?|[Bb]à|[Ôô]ng|[Cc]ụ|[Cc]hị|[Cc]ô|[Cc]hú|[Bb]ác|Ibu|Bapak|Mzee|pan|[Mm]adanm?|[Mm]sye|Aunty|Auntie|Shrimati|Shri|Smt\.?)\s+(?=\p{Lu})/gu, confidence: 0.6, read: { maxWords: 3 },
    reason: 'A name with a title such as Señora, Don or Madame in a post about care can identify the patient.' },
  // A pastor, rabbi or imam named in a story about care may be the patient or the family's; they are also public figures: weaker.
  { id: 'name.title-role', keys: ['pastor', 'rabbi', 'imam', 'reverend', 'rev', 'father', 'sister', 'brother', 'deacon', 'elder', 'coach', 'officer', 'deputy', 'sergeant', 'sgt', 'captain', 'capt', 'sir', 'dame'],
    re: /(?<![\p{L}])(?:Pastor|Rabbi|Imam|Reverend|Rev\.?|Deacon|Elder|Coach|Officer|Deputy|Sergeant|Sgt\.?|Captain|Capt\.?|Sir|Dame)\s+(?=\p{Lu})/gu, confidence: 0.35, read: { maxWords: 3 }, patientWeight: 0.4,
    reason: 'A name in a post about care can identify the patient.' },
  // The same titles typed in lower case ("señora ruiz", "pastor lindqvist"), as quick posts are: the word after
  // must be a name the knowledge lists and no everyday word (checked in cueNames), so "coach said" is not one.
  { id: 'name.title-lower', keys: ['ñ', 'senora', 'senor', 'sra', 'srta', 'madame', 'monsieur', 'herr', 'frau', 'pastor', 'rabbi', 'imam', 'reverend', 'deacon', 'coach', 'officer', 'deputy'],
    re: /(?<![\p{L}])(?:doña|señora|senora|señor|senor|sra\.?|srta\.?|madame|monsieur|herr|frau|pastor|rabbi|imam|reverend|deacon|coach|officer|deputy)\s+(?=\p{Ll})/gu, confidence: 0.5, read: { lowerFirst: true, maxWords: 2 }, patientWeight: 0.3,
    reason: 'A name with a title such as Señora or Pastor in a post about care can identify the patient.' },
  // "Patient:" and "Name:" as the records and forms of other languages write them too (Italian, Polish, Dutch,
  // Romanian, Czech and Slovak, Vietnamese, Turkish; Russian and Greek, whose letters the flagless \b does not
  // know as a word's, unanchored but for a letter before them).
  { id: 'name.label', keys: [':'], re: /\b(?:patient(?:\s+name)?|pt(?:\s+name)?|name|student|resident|client|id|paciente|nombre|patiente?|nom|beneficiary|subscriber|member(?:\s+name)?|insured|guarantor|policy\s*holder|usager|usu[aá]rio|nome|beneficiario|asegurado|patientin|paziente|nome\s+e\s+cognome|cognome\s+e\s+nome|nominativo|pacjent(?:ka)?|imi[eę]\s+i\s+nazwisko|patiënte?|naam|pacient(?:a|ul|ka)?|nume(?:\s+(?:și|si)\s+prenume)?|jméno|meno|b[eệ]nh\s+nh[aâ]n|h[oọ]\s+(?:v[aà]\s+)?t[eê]n|hasta\s+ad[ıi]|ad\s+soyad)\s*:\s*|(?<![\p{L}])(?:пациент(?:ка)?|ф\.?\s?и\.?\s?о\.?|ασθενής|ονοματεπώνυμο)\s*:\s*/giu, confidence: 0.8, read: { maxWords: 4, lowerFirst: true },
    reason: 'This is written as a patient\'s name.' },
  // A family named by its surname: "the Thistlewood family", "Dear Szalai family", "la familia Zubiaur";
  // and its children: "the Ferncastle boys", "the Quenby baby", "the Marlowes' newborn twins" (after a
  // possessive, one lower-case word may stand between).
  { id: 'name.family', keys: ['family', 'household', 'twins', 'triplets', 'kid', 'kids', 'boy', 'boys', 'girl', 'girls', 'baby', 'familia', 'família', 'famille', 'familie'],
    re: /(?<![\p{L}])(?:(?:[Tt]he|[Dd]ear|[Tt]o\s+the)\s+(?=\p{Lu}[\p{L}'’-]+(?:(?<=s['’]|['’]s)\s+\p{Ll}+)?\s+(?:family|household|twins|triplets|kids?|boys?|girls?|baby)\b)|(?:[Ll]a\s+familia|[Aa]\s+família|[Ll]a\s+famille|[Dd]ie\s+[Ff]amilie)\s+(?=\p{Lu}))/gu, confidence: 0.6, read: { maxWords: 2 },
    reason: 'A family\'s surname in a post about care identifies the patient.' },
  { id: 'name.named', keys: ['name', 'named', "name's", 'goes', 'llama', 'llamado', 'llamada', 'chamado', 'chamada', 'appelle', 'heisst', 'hei'], re: /\b(?:name\s+is|name's|named|goes\s+by|se\s+llama|llamad[oa]|chamad[oa]|s'appelle|hei(?:ss|ß)t)\s+/giu, confidence: 0.7, read: { maxWords: 4, lowerFirst: true },
    reason: 'This is given as someone\'s name in a post about care.' },
  // "patient" as Spanish, Portuguese, French, German, Italian, Polish and Tagalog write it, before a name as in English.
  { id: 'name.patient', keys: ['patient', 'pt', 'resident', 'paciente', 'patiente', 'patientin', 'paziente', 'pacjent', 'pacjentka', 'pasyente'],
    re: /\b(?:patient|pt|resident|(?:pt|patient)\s+of\s+(?:mine|ours)|paciente|patiente|patientin|paziente|pacjent(?:ka)?|pasyente)(?![\p{L}])\s*[,(]?\s*(?:is\s+)?/giu, confidence: 0.65, read: { maxWords: 3 },
    reason: 'A patient\'s name identifies them.' },
  // Weaker cues ("baby Olivia", "little Theo") depend on the post being about care, not a colleague's news.
  { id: 'name.endearment', keys: ['kiddo', 'baby', 'little', 'sweet', 'frequent'], re: /\b(?:kiddo|baby(?:\s+(?:boy|girl))?|little|sweet|frequent\s+flyer)\s*,?\s*/giu, confidence: 0.5, read: { maxWords: 3 }, patientWeight: 0.5,
    reason: 'A patient\'s name identifies them.' },
  { id: 'name.records', keys: ['records', 'chart', 'labs', 'results', 'paperwork', 'orders', 'consult', 'prescription', 'prescriptions', 'script', 'scripts', 'discharge', 'admission', 'letter', 'note', 'summary', 'referral', 'handoff'], re: /\b(?:records|chart|labs|results|paperwork|orders|consult|prescriptions?|scripts?|discharge|admission|letter|note|summary|referral|handoff)\s+(?:for|on)\s+/giu, confidence: 0.6, read: { maxWords: 3 },
    reason: 'A patient\'s name identifies them.' },
  { id: 'name.greeting', keys: ['hi', 'hello', 'dear', 'hey', 'thank', 'thanks'], re: /(?:^|[.!?:]\s+)["“'‘(]?(?:hi|hello|dear|hey|thank\s+you|thanks)\s+/giu, confidence: 0.4, read: { maxWords: 2 }, patientWeight: 0.4,
    reason: 'Greeting a person by name in a reply about their care confirms they are a patient.' },
  { id: 'name.relative', keys: RELATIVES.replace('fianc[ée]e?', 'fiance').split('|').concat(['fianc', 'fiancee']), re: new RegExp(`\\b(?<owner>my|his|her|their|the|pt's|patient's)?\\s*(?:${RELATIVES})(?![\\p{L}-])\\s*(?:is\\s+|was\\s+|,\\s*|\\(\\s*|:\\s*)?`, 'giu'), confidence: 0.65, read: { maxWords: 3, lowerFirst: true },
    reason: 'The name of a patient\'s relative identifies the patient too.' },
];

const STAFF_BEFORE = ['dr', 'dr.', 'doctor', 'nurse', 'senator', 'rep', 'representative', 'president', 'governor', 'mayor',
  'officer', 'chief', 'prof', 'professor', 'coach', 'judge', 'pastor', 'attending', 'engineer', 'manager', 'director',
  'educator', 'pharmacist', 'therapist', 'ceo', 'author', 'credit to', 'thanks to', 'thank you to', 'congratulations to',
  'congrats to', 'our own', 'colleague', 'coworker', 'co-worker', 'preceptor', 'my daughter', 'my son', 'my husband',
  'my wife', 'welcome', 'keynote by', 'led by', 'star', 'actor', 'singer', 'listening to', 'np', 'pa', 'gov', 'gov.', 'sen.',
  'rep.',
  // the same titles and thanks in Spanish, Portuguese, French, German and Tagalog ("la Dra. Arroyo", "gracias a")
  'dra', 'dra.', 'doctora', 'doutor', 'doutora', 'docteur', 'enfermera', 'enfermero', 'enfermeira', 'enfermeiro',
  'infirmière', 'infirmier', 'arzt', 'ärztin', 'doktor', 'doktora', 'felicidades a', 'gracias a', 'parabéns à',
  'parabéns ao', 'félicitations à', 'merci à', 'danke an'];
const CREDENTIALS = /^\s*,?\s*(?:RN|BSN|MSN|MD|DO|NP|PA-C|PA|CCRN|PhD|CNA|LPN|DNP|PharmD|RT|RRT|MBA|FACP|APRN|CNM|CRNA|MPH|FNP|CPNP|DPT|OTR|LCSW)\b/;
const AGE_OR_ID_AFTER = /^\s*(?:,\s*\d{1,3}\s*(?:[MF]\b|y\/?o\b|yo\b|years?\b|\)|,|$)|\s\d{1,3}[MF]\b|\(\s*(?:DOB|MRN|age|\d{1,3}\s*[,)])|,?\s*(?:DOB|MRN|d\.o\.b))/i;

/** A title or role right before the name ("Dr. Park", "credit to Ines Valcourt") or credentials after it. */
function staffContext(lower: string, start: number, text: string, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 24), start).replace(/[\s,:(]+$/, '');
  for (const w of STAFF_BEFORE) if (before.endsWith(w) && hasPhrase(before, w, before.length - w.length)) return true;
  return CREDENTIALS.test(text.slice(end, end + 12));
}

function candidate(start: number, end: number, ruleId: string, confidence: number, reason: string, patientWeight: number, features?: Record<string, number>): Candidate {
  return { start, end, category: 'NAME', ruleId, confidence, patientWeight, reason, severity: 'patient', ...(features ? { features } : {}) };
}

const isCapitalised = (w: string) => w[0] !== w[0].toLowerCase();

/**
 * The evidence for a name candidate, as numbers for the post-level model: which cue found it, how
 * name-like its words are (the knowledge's P(name) against P(everyday word)), and its shape.
 * Keys: cue.<kind> = 1; given (first word's given-name likelihood, 0..1); surname (highest surname
 * likelihood of the other words, or of the only word); common (highest everyday-word score of its
 * words, 0..1); capitalised, lower, single (0/1); words (count); known (1 when the knowledge was
 * installed); and, where they apply, staff, ageAfter, ownerMy (0/1).
 */
// The feature name of each cue ("cue.title" …), made once.
const cueKeys = new Map<string, string>();
const cueKey = (cue: string) => cueKeys.get(cue) ?? cueKeys.set(cue, `cue.${cue}`).get(cue)!;
const round = (x: number) => Math.round(x * 1000) / 1000;

function nameFeatures(cue: string, words: readonly string[], extra?: Record<string, number>): Record<string, number> {
  // Loops rather than map, spread and every: the same numbers, with no arrays or closures per candidate.
  let surname = 0;
  let common = 0;
  let given = 0;
  let capitalised = 1;
  let lower = 1;
  for (let i = 0; i < words.length; i++) {
    const e = evidence(words[i]);
    if (i === 0) given = e.given;
    // The surname likelihood is that of the words after the first, or of the only word.
    if ((i > 0 || words.length === 1) && e.surname > surname) surname = e.surname;
    if (e.common > common) common = e.common;
    if (isCapitalised(words[i])) lower = 0;
    else capitalised = 0;
  }
  const features: Record<string, number> = {};
  features[cueKey(cue)] = 1;
  features.given = round(given);
  features.surname = round(surname);
  features.common = round(common);
  features.capitalised = capitalised;
  features.lower = lower;
  features.single = words.length === 1 ? 1 : 0;
  features.words = words.length;
  features.known = knowledgeReady() ? 1 : 0;
  if (extra) for (const k in extra) features[k] = extra[k];
  return features;
}

// Each cue's keys, split once: words looked for among the paragraph's words (text/words.ts wordSet:
// the runs of [a-z0-9]), the rest as substrings.
const CUE_KEYS = CUES.map((cue) => ({ words: cue.keys.filter((k) => /^[a-z]/.test(k)), substrings: cue.keys.filter((k) => !/^[a-z]/.test(k)) }));

// The key words by a hash of their characters, each with the cues (one bit each) it opens, so a paragraph's
// words are checked in one pass with no string made per word. A key with a character outside [a-z0-9] is
// never one of those words and is left out. (One bit per cue: fewer than 32 cues.)
const hashRun = (h: number, code: number) => Math.imul(h ^ code, 0x01000193);
const CUE_BITS = new Map<string, number>();
CUE_KEYS.forEach((keys, c) => {
  for (const word of keys.words) if (/^[a-z0-9]+$/.test(word)) CUE_BITS.set(word, (CUE_BITS.get(word) ?? 0) | (1 << c));
});
// By the hash cuesByWord makes of a word (text/tokens.ts wordHash), in a WordTable.
const CUE_WORDS = new WordTable([...CUE_BITS].map(([word, cues]) => [word, wordHash(word, 0, word.length), cues] as const));

/** The cues (bits) one of whose key words is a word of `lower`, as wordSet(lower) has them. */
function cuesByWord(lower: string): number {
  let cues = 0;
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    let code = lower.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) continue;
    const start = i;
    let h = 0x811c9dc5;
    do {
      h = hashRun(h, code);
      code = ++i < n ? lower.charCodeAt(i) : 0;
    } while ((code >= 97 && code <= 122) || (code >= 48 && code <= 57));
    cues |= CUE_WORDS.get(lower, start, i, h & 0x3fffffff) ?? 0;
  }
  return cues;
}

const NO_U = CUES.map((cue) => asciiTwin(cue.re));

function cueNames(text: string, lower: string, ascii: boolean, out: Candidate[]): void {
  const byWord = cuesByWord(lower);
  for (let c = 0; c < CUES.length; c++) {
    const cue = CUES[c];
    const keys = CUE_KEYS[c];
    if (!(byWord & (1 << c)) && !keys.substrings.some((k) => lower.includes(k))) continue;
    const re = (ascii && NO_U[c]) || cue.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const from = m.index + m[0].length;
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const run = readNameRun(text, from, cue.read);
      if (!run) continue;
      // After a weak cue one unknown word is not enough ("little Champ"); after "my patient" it is.
      if (cue.id === 'name.endearment' && run.words.length === 1 && !isFirstName(run.words[0]) && !isLastName(run.words[0])) continue;
      // After a title of another language, the word must be a name, not "Ate lunch" or "Don Quixote's".
      if (cue.id === 'name.title-intl' && isCommonWord(run.words[0])) continue;
      if (cue.id === 'name.title-lower' && (isCommonWord(run.words[0]) || !(isFirstName(run.words[0]) || isLastName(run.words[0])))) continue;
      let conf = cue.confidence;
      const ownerMy = m.groups?.owner?.toLowerCase() === 'my';
      if (ownerMy) conf = 0.3;
      const ageAfter = AGE_OR_ID_AFTER.test(text.slice(run.end, run.end + 16));
      if (ageAfter) conf += 0.15;
      const staff = !cue.id.startsWith('name.title') && staffContext(lower, run.start, text, run.end);
      if (staff) conf -= 0.4;
      const patientLabel = !staff && (cue.id === 'name.patient' || cue.id === 'name.label') && PATIENT_WORD.test(m[0]) && isFullName(run.words) && !QUOTE_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index));
      // A lower-case word after a cue is a name only when it is no everyday word; still, less sure.
      if (!isCapitalised(run.words[0])) conf -= 0.1;
      out.push(candidate(run.start, run.end, cue.id, conf, cue.reason, cue.patientWeight ?? 0.2,
        nameFeatures(cue.id.slice(5), run.words, { staff: staff ? 1 : 0, ageAfter: ageAfter ? 1 : 0, ownerMy: ownerMy ? 1 : 0, ...(patientLabel ? { patientLabel: 1 } : {}) })));
    }
  }
}

/** The word "patient" as the records of the languages name.label reads write it ("Patient:", "pt", "paciente",
 *  "Patientin", "pacjent", "bệnh nhân", "пациент"), not "resident" or "student", who may be staff. */
const PATIENT_WORD = /^(?:patient|pt\b|paciente|patiente?|patientin|paziente|pacjent|patiënt|pacient|b[eệ]nh\s+nh[aâ]n|hasta|пациент|ασθενής)/iu;
/** A cue right after an opening quotation mark quotes someone's words (an example of what not to post). */
const QUOTE_BEFORE = /["“'‘]\s?$/u;
/** A given name and a surname, both capitalised, that the knowledge knows as such; "Doe" is the placeholder
 *  surname of forms and teaching cases (John Doe, Jane Doe), no one's name. */
function isFullName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const last = words[words.length - 1];
  return words.every(isCapitalised) && isFirstName(words[0]) && isLastName(last) && !isNeverName(words[0]) && !isNeverName(last) && last.toLowerCase() !== 'doe';
}

const BOARD_START = /(?<![\p{L}\p{N}_-])\p{Lu}[\p{L}'’-]+,\s*\p{Lu}/gu;
const BOARD_START_ASCII = asciiTwin(BOARD_START)!;
/** What every board name holds: a comma, maybe white space, a capital. */
const BOARD_GATE = /,\s*\p{Lu}/u;
const BOARD_GATE_ASCII = asciiTwin(BOARD_GATE)!;

function boardNames(text: string, ascii: boolean, out: Candidate[]): void {
  if (!(ascii ? BOARD_GATE_ASCII : BOARD_GATE).test(text)) return;
  const re = ascii ? BOARD_START_ASCII : BOARD_START;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) boardName(text, m.index, out);
}

/** "PEMBROOK, R" or "Ferraro, Lucia" on a board or list: a surname, a comma, a given name or initial. */
function boardName(text: string, at: number, out: Candidate[]): void {
  const m = /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’-]*\.?)(?=\s*(?:[/|)\n"]|$|\s+[-–(/]|\s+\d))/u.exec(text.slice(at, at + 60));
  if (!m) return;
  const [, last, first] = m;
  const shouting = last.length > 2 && last === last.toUpperCase();
  const knownFirst = isFirstName(first.replace('.', '')) || /^\p{Lu}\.?$/u.test(first);
  if (isNeverName(last) || isCommonWord(last) || !(shouting || (knownFirst && (isLastName(last) || !isCommonWord(last))))) return;
  if (!knownFirst && !isLastName(last)) return;
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(text.lastIndexOf('\n', at) + 1, lineEnd < 0 ? undefined : lineEnd);
  const listy = /\d{1,2}\/\d{1,2}|\b(?:rm|room|bed)\b|\s[/|]\s/i.test(line) || shouting;
  out.push(candidate(at, at + m[0].length, 'name.board', listy ? 0.75 : 0.45,
    'A "LAST, FIRST" name, as on an assignment board or a list of patients.', 0.25, nameFeatures('board', [first.replace('.', ''), last], { listy: listy ? 1 : 0 })));
}

// The words the readers below look at, as regexes (text/letters.ts nameWords finds the same in one pass):
// CAPITALISED_WORD = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+/gu
// LOWER_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]+(?=\s+\p{Ll}[\p{L}'’-]+)/gu

/** Whether the word at k is in the name tables and never a given name there (lexicon.ts mayBeGivenName): a
 *  word the tables do not hold (hash -1) may still be one. */
const noGivenName = (nw: NameWords, k: number) => nw.hash[k] >= 0 && !mayBeGivenName(nw.hash[k]);

/** "First Last" (or "first last" in lower-case posts) that the lexicon recognises, with no cue. */
function lexiconNames(text: string, lower: string, nw: NameWords, out: Candidate[]): void {
  // The words CAPITALISED_WORD matches (text/letters.ts nameWords), skipping those a name has read.
  let skipTo = 0;
  for (let k = 0; k < nw.start.length; k++) {
    if (nw.kase[k] !== UPPER || nw.start[k] < skipTo) continue;
    // No given name (lexicon.ts mayBeGivenName): neither isFirstName nor nameBeforeSurname would read a run here.
    if (noGivenName(nw, k)) continue;
    const at = nw.start[k];
    const first = stripPossessive(text.slice(at, nw.end[k]));
    if (isNeverName(first)) continue;
    const run = isFirstName(first) ? readNameRun(text, at, { maxWords: 3 }) : nameBeforeSurname(text, nw, k, first);
    if (!run || run.words.length < 2) continue;
    skipTo = run.end;
    const surnameKnown = run.words.slice(1).some(isLastName);
    const ageAfter = AGE_OR_ID_AFTER.test(text.slice(run.end, run.end + 16));
    if (staffContext(lower, run.start, text, run.end)) continue;
    // "Will Power", "Grace Notes": an everyday word before an unknown word needs a known surname or an age.
    if (isAmbiguousFirstName(first) && !surnameKnown && !ageAfter) continue;
    let conf = surnameKnown ? 0.45 : 0.35;
    if (ageAfter) conf += 0.25;
    out.push(candidate(run.start, run.end, 'name.lexicon', conf, 'This looks like a person\'s full name in a post about care.', 0.4,
      nameFeatures('lexicon', run.words, { ageAfter: ageAfter ? 1 : 0 })));
  }
  // Lower-case names ("tomas villaseca-ruiz") are only looked for in posts typed without capitals
  // (capitals: /(?<![\p{L}])\p{Lu}/gu, words: /[\p{L}]+/gu, both counted by nameWords).
  if (nw.capitalRuns > nw.letterRuns * 0.08) return;
  for (let k = 0; k < nw.start.length; k++) {
    if (!lowerWordAt(text, nw, k) || noGivenName(nw, k)) continue;
    const at = nw.start[k];
    const word = text.slice(at, nw.end[k]);
    if (!isFirstName(word)) continue;
    const next = /^\s+(\p{Ll}[\p{L}'’-]+)/u.exec(text.slice(nw.end[k], nw.end[k] + 40));
    if (!next || isAmbiguousFirstName(word) || !isLastName(next[1]) || isCommonWord(next[1])) continue;
    const end = nw.end[k] + next[0].length;
    out.push(candidate(at, end, 'name.lexicon-lower', 0.4, 'This looks like a person\'s full name in a post about care.', 0.4,
      nameFeatures('lexicon-lower', [word, next[1]])));
  }
}

// A given name that is more often an everyday word ("Ray", "Bill", "Rich") is a name when a surname follows
// that is no everyday word ("Ray Albright"): at least this likely a given name (the knowledge's census
// frequencies against its word frequencies; "Will" is 0.001, "Ray" 0.24) …
const GIVEN_BEFORE_SURNAME = 0.1;
// … and the surname at least this likely one.
const SURNAME_AFTER_GIVEN = 0.8;

/** "Ray Albright": the k-th word, a given name that is also a word, and the capitalised surname after it. */
function nameBeforeSurname(text: string, nw: NameWords, k: number, first: string): NameRun | null {
  if (k + 1 >= nw.start.length || nw.kase[k + 1] !== UPPER || nw.start[k + 1] !== nw.end[k] + 1 || text[nw.end[k]] !== ' ') return null;
  if (evidence(first).given < GIVEN_BEFORE_SURNAME) return null;
  const rest = readNameRun(text, nw.start[k + 1], { maxWords: 2 });
  // An unknown word after it is not enough ("Grace Notes" below).
  if (!rest || evidence(rest.words[0]).surname < SURNAME_AFTER_GIVEN || isCommonWord(rest.words[0])) return null;
  return { start: nw.start[k], end: rest.end, words: [first, ...rest.words] };
}

/** Whether LOWER_WORD matches the k-th name word: a lower-case word followed by white space and
 *  another lower-case word of two letters or more. */
function lowerWordAt(text: string, nw: NameWords, k: number): boolean {
  if (nw.kase[k] !== LOWER || k + 1 >= nw.start.length || nw.kase[k + 1] !== LOWER) return false;
  let j = nw.end[k];
  if (!isSpace(text.charCodeAt(j))) return false;
  while (isSpace(text.charCodeAt(j))) j++;
  return nw.start[k + 1] === j;
}


/** Direct address by first name: "Walter, you inspire us", "Bea, if you read this", "Tom, your scan …",
 *  "Nadia, our whole unit …", "Omar, Dr. Reyes asked me …" (a reply tells its reader what the staff did),
 *  "…felt rushed, Karen." A given name that is also a word ("Tom", "Grace") counts only where a reply puts
 *  its reader's name, first on a line, and never when it is an everyday word ("Will", "Hope"). */
function addressedNames(text: string, ascii: boolean, out: Candidate[]): void {
  // The regex is slow to fail, and most paragraphs hold neither form (addressable(), exact).
  if (!addressable(text)) return;
  const re = ascii ? ADDRESSED_ASCII : ADDRESSED;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const name = m[1] ?? m[2];
    if (!isFirstName(name) || isNeverName(name)) continue;
    if (isAmbiguousFirstName(name) && (!m[1] || isCommonWord(name) || !startsLine(text, m.index))) continue;
    // "Name, our …" and "Name, Dr. …" also follow a place or a date ("In Tacoma, Dr. Lee …"): read only
    // where a reply puts its reader's name, first in its sentence.
    if (m[1] && STAFF_AFTER_COMMA.test(m[0]) && !startsSentence(text, m.index)) continue;
    out.push(candidate(m.index, m.index + name.length, 'name.addressed', 0.35, 'This speaks to a person by name in a post about care.', 0.4,
      nameFeatures('addressed', [name])));
  }
}

const ADDRESSED = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+),\s+(?:(?:you|your|if you|we|our|please|thank|hope|get well|stay|keep|i know)\b|(?:Dr|Doctor|Nurse)\.?\s+\p{Lu})|(?<=\p{L},\s)(\p{Lu}[\p{Ll}'’-]+)(?=[.!?])/gu;
const ADDRESSED_ASCII = asciiTwin(ADDRESSED)!;
const STAFF_AFTER_COMMA = /,\s+(?:our|Dr|Doctor|Nurse)\b/u;
/** Whether `at` starts the paragraph or a sentence: only spaces between it and a line break or . ! ? */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text[i] !== '\n' && isSpace(text.charCodeAt(i))) i--;
  return i < 0 || text[i] === '\n' || text[i] === '.' || text[i] === '!' || text[i] === '?';
}
/** Whether only spaces stand between `at` and the start of its line. */
function startsLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}
const ADDRESSING = ['you', 'if you', 'we', 'our', 'please', 'thank', 'hope', 'get well', 'stay', 'keep', 'i know'];

/** What every match of addressedNames' regex holds: a comma, white space, then one of its words
 *  ("Walter, you …") or, after a single white space, a capital ("…, Karen."). */
function addressable(text: string): boolean {
  for (let at = text.indexOf(','); at !== -1; at = text.indexOf(',', at + 1)) {
    if (!isSpace(text.charCodeAt(at + 1))) continue;
    if (letterClass(text.codePointAt(at + 2) ?? 0) & UPPER) return true;
    let j = at + 1;
    while (isSpace(text.charCodeAt(j))) j++;
    if (ADDRESSING.some((w) => text.startsWith(w, j))) return true;
  }
  return false;
}

const NICKNAME = /(?<![\p{L}])\p{Lu}[\p{L}'’-]+\s+["“][\p{L}. '-]{1,15}["”]\s+\p{Lu}[\p{L}'’-]+/gu;
const NICKNAME_ASCII = asciiTwin(NICKNAME)!;
const NAME_THEN_AGE_SEX = /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+)(?=,?\s+\d{1,3}\s?[MF]\b|\s*,\s*\d{1,3}\s*\))/gu;

/** Shapes only names take: a quoted nickname between two names, a name then "81M" or ", 7)". */
function shapedNames(text: string, ascii: boolean, hasDigit: boolean, out: Candidate[]): void {
  // Cheap checks first: most paragraphs have no quotes and no "81M" / ", 7)" (nor any digit, which both hold).
  if (/["“]/.test(text)) nicknames(text, ascii, out);
  if (hasDigit && /\d\s?[MF]\b|,\s*\d{1,3}\s*\)/.test(text)) namesBeforeAgeSex(text, out);
}

function nicknames(text: string, ascii: boolean, out: Candidate[]): void {
  const re = ascii ? NICKNAME_ASCII : NICKNAME;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const words = m[0].replace(/["“][^"”]*["”]/u, ' ').split(/\s+/).filter(Boolean);
    out.push(candidate(m.index, m.index + m[0].length, 'name.nickname', 0.75, 'A name with a nickname in quotes identifies a person.', 0.2,
      nameFeatures('nickname', words)));
  }
}

function namesBeforeAgeSex(text: string, out: Candidate[]): void {
  NAME_THEN_AGE_SEX.lastIndex = 0;
  for (let m = NAME_THEN_AGE_SEX.exec(text); m; m = NAME_THEN_AGE_SEX.exec(text)) {
    const words = m[1].split(/\s+/);
    let skip = 0;
    while (skip < words.length && (isNeverName(words[skip]) || (isCommonWord(words[skip]) && !isFirstName(words[skip]) && !isLastName(words[skip])))) skip++;
    if (skip === words.length) continue;
    const start = m.index + m[1].indexOf(words[skip], words.slice(0, skip).join(' ').length);
    out.push(candidate(start, m.index + m[1].length, 'name.age-sex', 0.7, 'A name followed by age and sex, as in a handoff, identifies the patient.', 0.2,
      nameFeatures('age-sex', words.slice(skip))));
  }
}

// Very name-like by the knowledge: a given name hardly ever used as a word ("Dale", not "Crystal").
const VERY_NAME_LIKE = 0.9;

/**
 * One capitalised given name, with no cue ("Rosalind came back in"): in a post about a patient this
 * may be the patient. Emitted with a low confidence the current scoring never accepts, and with its
 * features, for the post-level model to weigh against the post's context.
 */
function singleNames(text: string, lower: string, nw: NameWords, out: Candidate[]): void {
  if (!knowledgeReady()) return;
  for (let k = 0; k < nw.start.length; k++) {
    // No given name (lexicon.ts mayBeGivenName): its evidence has given = 0.
    if (nw.kase[k] !== UPPER || noGivenName(nw, k)) continue;
    const at = nw.start[k];
    const word = stripPossessive(text.slice(at, nw.end[k]));
    if (word.length < 3 || word === word.toUpperCase()) continue;
    // The cached evidence first: most capitalised words are no given name (all these checks are pure).
    const e = evidence(word);
    if (e.given < VERY_NAME_LIKE || isNeverName(word) || isCommonWord(word)) continue;
    const end = at + word.length;
    if (staffContext(lower, at, text, end)) continue;
    const sentenceStart = /(?:^|[.!?:]\s*)$/.test(text.slice(Math.max(0, at - 3), at)) ? 1 : 0;
    out.push(candidate(at, end, 'name.single', 0.1, 'A first name in a post about a patient can identify them.', 0.2,
      nameFeatures('single', [word], { sentenceStart })));
  }
}

/**
 * "seen by jorge ramirez": a lower-case pair in a post that has capitals elsewhere, only when both
 * words are names and hardly ever words by the knowledge. (Posts typed without capitals are read by
 * lexiconNames with the core lexicon.)
 */
function lowerCaseNames(text: string, nw: NameWords, out: Candidate[]): void {
  if (!knowledgeReady()) return;
  let skipTo = 0;
  for (let k = 0; k < nw.start.length; k++) {
    // No given name (lexicon.ts mayBeGivenName): its evidence has given = 0.
    if (nw.start[k] < skipTo || !lowerWordAt(text, nw, k) || noGivenName(nw, k)) continue;
    const at = nw.start[k];
    const word = text.slice(at, nw.end[k]);
    const first = evidence(word);
    if (first.given < VERY_NAME_LIKE || isCommonWord(word) || isNeverName(word)) continue;
    const next = /^\s+(\p{Ll}[\p{L}'’-]+)/u.exec(text.slice(nw.end[k], nw.end[k] + 40));
    if (!next || isCommonWord(next[1]) || evidence(next[1]).surname < VERY_NAME_LIKE) continue;
    const end = nw.end[k] + next[0].length;
    out.push(candidate(at, end, 'name.lower-likely', 0.3, 'This looks like a person\'s full name in a post about care.', 0.4,
      nameFeatures('lower-likely', [word, next[1]])));
    skipTo = end;
  }
}

/** `ascii`: the paragraph holds only ASCII characters (the regexes' ASCII twins then run); `hasDigit`: it holds an
 *  ASCII digit (what \d matches). */
export function detectNames(text: string, lower: string, ascii = isAscii(text), hasDigit = /\d/.test(text)): Candidate[] {
  const out: Candidate[] = [];
  shapedNames(text, ascii, hasDigit, out);
  cueNames(text, lower, ascii, out);
  boardNames(text, ascii, out);
  // One pass finds the words the lexicon, single-name and lower-case readers look at.
  const nw = nameWords(text);
  lexiconNames(text, lower, nw, out);
  addressedNames(text, ascii, out);
  singleNames(text, lower, nw, out);
  lowerCaseNames(text, nw, out);
  for (const c of out) careAround(text, c);
  return out;
}

// Care told of the named person: "cared for …", "we admitted …" before the name; "… was admitted", "… was seen in",
// "…, who came in with" after it. The span model weighs it (a colleague is thanked, a patient is treated).
const CARE_BEFORE = /(?:cared\s+for|caring\s+for|care\s+of|took\s+care\s+of|treated|treating|admitted|admitting|discharged|discharging|intubated|triaged|transferred|coded|sedated|examined|operated\s+on|stitched\s+up|atend[ií]|atendimos|cuid[eé]|cuidamos|soign[ée]|behandelt|betreut)\s+(?:(?:mr|mrs|ms|miss|mx|sr|sra|don|doña)\.?\s+)?$/i;
const CARE_AFTER = /^(?:\s*\(\d{1,3}\))?\s*,?\s*(?:who\s+|que\s+|qui\s+|der\s+|die\s+)?(?:(?:was|is|got|has\s+been|had\s+been|fue|está|estaba|foi|est|ist|wurde)\s+(?:just\s+|finally\s+|still\s+|being\s+)?(?:admitted|discharged|intubated|extubated|transferred|brought\s+in|rushed|airlifted|flown|treated|diagnosed|readmitted|seen\s+(?:(?:in|at)\s+(?:our|the|my|this)\s+(?:clinic|office|er|ed|emergency|urgent|hospital|practice|department|unit)|by\s+(?:dr|our|the\s+(?:doctor|provider|nurse|team))|today|yesterday|here|for\s+(?:a|an|her|his|their|follow))|evaluated|examined|ingresad[oa]|internad[oa]|hospitalis[ée]e?|eingeliefert|entlassen|in\s+(?:the\s+)?(?:er|ed|icu|hospital|surgery|labor|trauma)|on\s+(?:the\s+)?(?:vent|floor|unit))|came\s+in|coded|passed\s+away|died)\b/i;

function careAround(text: string, c: Candidate): void {
  if (!c.features) return;
  if (CARE_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start))) c.features.careBefore = 1;
  if (CARE_AFTER.test(text.slice(c.end, c.end + 48))) c.features.careAfter = 1;
}
