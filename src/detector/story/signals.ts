// Per-paragraph evidence for the post model: how many phrases of each cue group (story/cues.ts) the
// paragraph holds, where the first patient reference is, and the words that carry each group, so
// the STORY reason can quote them. Phrases are found by their first word (one Map lookup per token).
import actorLexicon from '../names/compromise-lexicon.json';
import { hyphenatedWords, tokensOf, wordHash, type ParagraphTokens } from '../text/tokens';
import { WordTable } from '../text/word-table';
import { CARE_OF_READER, CUE_GROUP_NAMES, CUE_GROUPS, type CueGroup } from './cues';

/** Cue phrases by group, as the index is built from them. */
export type CueLists = Partial<Record<CueGroup, readonly string[]>>;

export interface StorySignals {
  /** Offsets (paragraph-local) of the first patient reference, for the STORY finding. */
  firstReference: [number, number] | null;
  /** Distinct phrases found per cue group. */
  counts: Record<CueGroup, number>;
  /** The first phrase of each group found, for the reason text. */
  examples: Partial<Record<CueGroup, string>>;
  /** Where each phrase of health (clinical, outpatient care, a care event) starts, every occurrence, in the
   *  order found: the span model asks whether a name or a detail stands beside one (analyze.ts). */
  healthAt: number[];
  /** The first sentence that tells its reader of their own care ("your MRI showed …", "we saw you on Monday"),
   *  paragraph-local offsets, or null. Not a model feature: a reply to a review reads it (combine.ts). */
  readerCare: [number, number] | null;
}

const HEALTH_GROUPS: ReadonlySet<CueGroup> = new Set(['clinical', 'outpatient', 'careEvent']);

const REFERENCE_GROUPS: readonly CueGroup[] = ['refThird', 'refSecond', 'careEvent', 'description'];
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // ASCII without a regex; beyond it, Unicode's letters and numbers.
  return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORD_CHAR.test(ch);
};

/** A cue phrase; `probeAt` is the offset of its first character after its first word and the one after
 *  (the second word's first letter), `probe` that character (NaN when the phrase is one word), so most of a
 *  common first word's phrases are passed over without comparing the text ("my …": 59 phrases). */
interface Found { phrase: string; group: CueGroup }
interface Entry extends Found { probeAt: number; probe: number }
// The phrase index and the tables read from it are built by buildCueIndex (below), from the English lists at
// first and again, with the other languages' lists, when the knowledge brings them (installCueLanguages).
function indexPhrases(lists: readonly CueLists[]): { byFirstToken: Map<string, Entry[]>; unindexed: Entry[] } {
  const byFirstToken = new Map<string, Entry[]>();
  const unindexed: Entry[] = [];
  for (const group of CUE_GROUP_NAMES) {
    for (const list of lists) {
      for (const phrase of list[group] ?? []) {
        const first = /^[\p{L}\p{N}]+/u.exec(phrase)?.[0];
        const probeAt = (first?.length ?? 0) + 1;
        const entry = { phrase, group, probeAt, probe: phrase.charCodeAt(probeAt) };
        if (first) (byFirstToken.get(first) ?? byFirstToken.set(first, []).get(first)!).push(entry);
        else unindexed.push(entry);
      }
    }
  }
  return { byFirstToken, unindexed };
}

/** Possessives that tie what follows to a person: "your chemo", "her dialysis", "su cirugía". */
const POSSESSIVE: ReadonlyMap<string, CueGroup> = new Map([
  ...['your', 'ur', 'yr', 'tu', 'tus', 'seu', 'sua', 'seus', 'suas', 'teu', 'tua', 'votre', 'vos', 'ton', 'ta', 'tes', 'dein', 'deine', 'deinen', 'iyong'].map((w) => [w, 'refSecond'] as const),
  ...['his', 'her', 'their', 'su', 'sus', 'dele', 'dela', 'son', 'sa', 'ses', 'leur', 'sein', 'seine', 'seinen', 'ihr', 'ihre', 'ihren', 'ihrem', 'kanyang', 'niya'].map((w) => [w, 'refThird'] as const),
]);
/** A patient (singular) after one of these and up to two describing words is one particular patient. */
const CARE_DETERMINERS = new Set(['my', 'our', 'this', 'mi', 'nuestro', 'nuestra', 'este', 'esta', 'meu', 'minha', 'nosso', 'nossa', 'mon', 'ma', 'notre', 'ce', 'cette', 'mein', 'meine', 'unser', 'unsere', 'dieser', 'diese', 'aking', 'ating']);
/** The people the third-person list names after "the" ("the man", "the girl", "the toddler"), so that the same
 *  person with words between ("the little girl", "the sweet old man", "the 19 year old driver") is one too. */
const PERSON_HEADS = new Set(CUE_GROUPS.refThird.filter((p) => /^the [a-z]+$/.test(p)).map((p) => p.slice(4)).filter((w) => w !== 'family'));
/** A room, bed or bay number as the subject of a person's verb. */
const ROOM_AS_PERSON = /\b(?:room|rm|bed|bay)\s*#?\s*\d{1,4}[a-z]?\s+(?:just\s+|finally\s+|still\s+|also\s+|now\s+)?(?:turned|wants|wanted|asked|asks|keeps|kept|called|calls|coded|died|passed|pulled|threw|says|said|refused|refuses|told|fell|tried|rang|climbed|ripped|bit|spit|cried|screamed|yelled|is\s+(?:asking|yelling|crying|screaming|refusing|turning|\d{1,3}\b))\b/g;
/** A relative of someone known by a public role is one particular person ("the mayor's wife", "a city
 *  councilwoman's husband", "the anchor's baby"; "la esposa del alcalde"): the role list's single English
 *  words before a possessive and a relative, and Spanish's relative "del" or "de la" role ("la hija de la alcaldesa"). */
const RELATIVES = 'wife|husband|son|daughter|kids?|boy|girl|baby|mom|mother|dad|father|brother|sister|grandson|granddaughter|grandma|grandmother|grandpa|grandfather|niece|nephew|fianc[eé]e?|girlfriend|boyfriend|partner|teen|toddler|twins|newborn';
const roleRelative = (roleWords: Iterable<string>) => new RegExp(`\\b(?:${[...roleWords].join('|')})['’]s\\s+(?:(?:teenage|little|young|adult|oldest|youngest|eldest|baby|new|twin)\\s+)?(?:${RELATIVES})\\b`
  + '|\\b(?:esposa|esposo|hij[oa]|madre|padre|mam[aá]|pap[aá]|herman[oa]|niet[oa])\\s+del?\\s+(?:la\\s+)?(?:alcalde|alcaldesa|pastor|pastora|sacerdote|cura|entrenador|entrenadora|presentador|presentadora|juez|jueza|senador|senadora|concejal|diputad[oa])\\b', 'g');
let ROLE_RELATIVE: RegExp;
/** Function words that end a description after "the": articles, quantifiers, prepositions, conjunctions. */
const NOT_DESCRIBING = new Set(['a', 'an', 'the', 'any', 'every', 'each', 'some', 'no', 'all', 'another', 'other', 'of', 'for', 'with', 'to', 'in', 'on', 'at', 'by', 'from', 'and', 'or', 'but', 'than', 'as', 'that', 'what', 'which', 'thing', 'things', 'one', 'ones']);
const PATIENT_NOUNS = new Set(['patient', 'pt', 'resident', 'client', 'kiddo', 'paciente', 'residente', 'patiente', 'patientin', 'bewohner', 'bewohnerin', 'résident', 'résidente', 'pasyente']);
/** Outpatient words that name a person or a place, not anyone's care: "ask your dentist" is advice. */
const OUTPATIENT_NOT_CARE = new Set(['dentist', 'dental', 'hygienist', 'orthodontist', 'oral', 'optometrist', 'ophthalmologist', 'pharmacy', 'pharmacist', 'chiropractor', 'chiropractic', 'therapist', 'counselor', 'psychiatrist', 'dermatologist', 'ob', 'obgyn', 'dentista', 'farmacia', 'farmácia', 'dentiste', 'pharmacie', 'zahnarzt', 'zahnärztin', 'apotheke', 'botika']);
/** Care that a possessive may govern ("your chemo", "her dialysis", "your colonoscopy", "his root canal"): the
 *  clinical words, and the outpatient ones but for the people and places above. A reply to a review that names
 *  the reader's own procedure confirms they are a patient, which the clinical list alone (ER-centred) missed.
 *  Measured (quick leave one source out, ranking): clinical words only 0.961; with every outpatient word 0.9612
 *  when first tried (0.9619 without); with the outpatient words but the people and places 0.962,
 *  review replies (t2) 0.920 -> 0.924. (Outpatient words also counted as clinical detail in the story's
 *  conjunctions: 0.959, other languages 0.945 -> 0.935; not kept.) */
const clinicalFirst = (byFirstToken: Map<string, Entry[]>) => new Set([...byFirstToken.entries()].filter(([w, es]) => es.some((e) => e.group === 'clinical' || (e.group === 'outpatient' && !OUTPATIENT_NOT_CARE.has(w)))).map(([w]) => w));

/** Second-person phrases that are not the reader's care: their family, and what they did or said. */
const READER_NOT_CARE = new Set(['you were', 'your son', 'your daughter', 'your mother', 'your father', 'your mom', 'your dad', 'your husband',
  'your wife', 'your baby', 'your child', 'your loved one', 'your family', 'you told', 'you asked', 'you left', 'you arrived', 'you fought',
  'you held', 'you squeezed', 'you taught', 'you made it', 'you walked', 'you rang', 'you kept']);
/** The writer's care of the reader ("caring for you", "was your nurse"): the reader's own care, named as
 *  "your biopsy" names it. */
const CARE_OF_READER_PHRASES: ReadonlySet<string> = new Set(CARE_OF_READER);
/** Cue phrases that name care in a sentence (Sentence.care): clinical words and care events, the outpatient words
 *  but for the people and places of care, and the reader's visits and records ("your appointment", "we saw you"). */
let NAMES_CARE: ReadonlySet<Found>;
const namesCare = (byFirstToken: Map<string, Entry[]>, unindexed: Entry[]) => new Set<Found>([...byFirstToken.values(), unindexed].flat().filter((e) =>
  e.group === 'clinical' || e.group === 'careEvent' || (e.group === 'outpatient' && !OUTPATIENT_NOT_CARE.has(e.phrase.split(' ')[0]))
  || (e.group === 'refSecond' && !READER_NOT_CARE.has(e.phrase))));

/** Clinical-list words that are as often everyday English, which "your" makes no one's care: "transforming your
 *  code", "your room", "your bed". They still count as clinical and as a possessed phrase; only the reader's
 *  account (youEpisode) does not rest on them. */
const EVERYDAY_CLINICAL = new Set(['code', 'bed', 'room', 'bay', 'vent', 'labor', 'broken', 'burn', 'burns', 'arrest', 'bleed', 'trauma', 'iv', 'er', 'ed', 'or', 'od']);

/** Nouns for one person: compromise's Actor words (by role or trade, extracted at build time) and the
 *  everyday ones it leaves out, with the same in Spanish, Portuguese, French, German and Tagalog.
 *  (WordNet's 10,500 nouns whose first sense is a person were tried instead: out of source they
 *  measured worse, 68.7 / 54.1 against 69.7 / 58.9, since they count "patient", "nurse", "member".) */
const PERSON_NOUNS = new Set([
  ...actorLexicon.actor.split(' '),
  'guy', 'man', 'woman', 'lady', 'gentleman', 'kid', 'girl', 'teen', 'teenager', 'driver', 'rider', 'owner',
  'dad', 'mom', 'grandma', 'grandpa',
  // the same everyday nouns translated (a man, a woman, a boy, a girl, a guy, an owner)
  'señor', 'señora', 'hombre', 'mujer', 'chico', 'chica', 'niño', 'niña', 'muchacho', 'muchacha', 'dueño', 'dueña',
  'senhor', 'senhora', 'homem', 'mulher', 'menino', 'menina', 'dono', 'dona', 'monsieur', 'dame', 'homme', 'femme',
  'garçon', 'fille', 'gars', 'propriétaire', 'mann', 'frau', 'junge', 'mädchen', 'besitzer', 'besitzerin',
  'lalaki', 'babae', 'bata', 'may-ari',
  // the young and the old, and trades that single one person out in a town (teacher, priest, driver, farmer,
  // baker, firefighter, police officer, singer, player, courier, fisher), translated from the English Actor words
  'joven', 'anciano', 'anciana', 'abuelo', 'abuela', 'chavo', 'chava', 'maestro', 'maestra', 'profesor', 'profesora',
  'cura', 'conductor', 'chofer', 'camionero', 'campesino', 'panadero', 'panadera', 'bombero', 'policía', 'cantante',
  'jugador', 'repartidor', 'pescador', 'rapaz', 'moça', 'garoto', 'garota', 'jovem', 'idoso', 'idosa', 'avô', 'avó',
  'professor', 'professora', 'padre', 'motorista', 'caminhoneiro', 'agricultor', 'padeiro', 'padeira', 'bombeiro',
  'policial', 'cantor', 'cantora', 'jogador', 'entregador', 'motoboy', 'jeune', 'petit', 'petite', 'vieux', 'vieille',
  'papi', 'mamie', 'instituteur', 'institutrice', 'professeur', 'curé', 'chauffeur', 'routier', 'agriculteur',
  'agricultrice', 'boulanger', 'boulangère', 'pompier', 'policier', 'gendarme', 'chanteur', 'chanteuse', 'joueur',
  'joueuse', 'livreur', 'pêcheur', 'herr', 'kleine', 'oma', 'opa', 'lehrer', 'lehrerin', 'pfarrer', 'fahrer',
  'fahrerin', 'bauer', 'bäuerin', 'bäcker', 'bäckerin', 'feuerwehrmann', 'polizist', 'polizistin', 'sänger',
  'sängerin', 'spieler', 'spielerin', 'fischer', 'lolo', 'lola', 'binata', 'dalaga', 'nanay', 'tatay', 'guro',
  'drayber', 'tsuper', 'magsasaka', 'panadero', 'bumbero', 'pulis', 'mangingisda',
  // public roles, as compromise's Actor words hold them in English ("the mayor of", "the judge who")
  'alcalde', 'alcaldesa', 'sacerdote', 'párroco', 'entrenador', 'entrenadora', 'presentador', 'presentadora', 'juez',
  'jueza', 'senador', 'senadora', 'diputado', 'diputada', 'concejal', 'actriz', 'futbolista', 'portero', 'prefeito',
  'prefeita', 'treinador', 'treinadora', 'apresentador', 'apresentadora', 'juiz', 'juíza', 'vereador', 'vereadora',
  'deputado', 'deputada', 'ator', 'atriz', 'goleiro', 'pároco', 'maire', 'entraîneur', 'entraîneuse', 'présentateur',
  'présentatrice', 'juge', 'sénateur', 'député', 'acteur', 'actrice', 'bürgermeister', 'bürgermeisterin',
  'pfarrerin', 'trainer', 'trainerin', 'moderator', 'moderatorin', 'richter', 'richterin', 'abgeordneter',
  'schauspieler', 'schauspielerin', 'torwart', 'alkalde', 'kapitan', 'pari', 'hukom', 'konsehal', 'artista',
]);
/** Definite determiners (en, es, pt, fr, de, tl) and words that tie a description to where, what or who. */
const DETERMINERS = new Set(['the', 'our', 'el', 'la', 'o', 'a', 'le', 'der', 'die', 'ang', 'yung']);
const TIES = new Set(['from', 'at', 'of', 'on', 'in', 'who', 'that', 'whose', 'de', 'del', 'da', 'do', 'que', 'quien', 'qui', 'du', 'des', 'aus', 'von', 'vom', 'im', 'ng', 'sa', 'na']);
/** Ties that only follow a person ("the closer who …"): whatever noun comes before, it names one. */
const PERSON_TIES = new Set(['who', 'whose', 'quien']);

/** "the retired barber from …", "our own librarian who …", "el señor que …", "the weatherman's …":
 *  a determiner, up to three words, a noun for a person, then a tie or a possessive; or any singular noun
 *  before "who" ("the relief pitcher who …"). */
function describedPeople(lower: string, tokens: ParagraphTokens): { at: number; phrase: string }[] {
  // The paragraph's words (/[\p{L}\p{N}'’-]+/gu) as offsets: most are neither a determiner nor read, so no
  // string is made for them.
  const starts: number[] = [];
  const ends: number[] = [];
  hyphenatedWords(tokens, starts, ends);
  const out: { at: number; phrase: string }[] = [];
  const n = starts.length;
  for (let i = 0; i < n; i++) {
    // "the county's only female firefighter", "our sole pharmacist": one person by being the only one.
    if (ends[i] - starts[i] <= ONLY_MAX && ONLY_START.has(lower.charCodeAt(starts[i]) * 0x10000 + lower.charCodeAt(starts[i] + 1)) && ONLY.has(lower.slice(starts[i], ends[i]))) {
      for (let k = i + 1; k <= i + 3 && k < n; k++) {
        if (!PERSON_NOUNS.has(lower.slice(starts[k], ends[k]))) continue;
        if (!breaksSentence(lower, starts[i], ends[k])) out.push({ at: starts[i], phrase: lower.slice(starts[i], ends[k]) });
        i = k;
        break;
      }
      continue;
    }
    if (ends[i] - starts[i] > DETERMINER_MAX || !mayStartDeterminer(lower.charCodeAt(starts[i])) || !DETERMINERS.has(lower.slice(starts[i], ends[i]))) continue;
    for (let k = i + 1; k <= i + 4 && k < n; k++) {
      // A possessive ("the weatherman's") or a tie after the word ("the barber from"), read before any string is made.
      const from = starts[k];
      const to = ends[k];
      const possessive = to - from >= 2 && lower.charCodeAt(to - 1) === 115 && (lower.charCodeAt(to - 2) === 39 || lower.charCodeAt(to - 2) === 0x2019);
      const end = possessive ? to : k + 1 < n && ends[k + 1] - starts[k + 1] <= TIE_MAX && TIES.has(lower.slice(starts[k + 1], ends[k + 1])) ? ends[k + 1] : -1;
      if (end === -1) continue;
      const head = lower.slice(from, possessive ? to - 2 : to);
      if (!(PERSON_NOUNS.has(head) || (!possessive && PERSON_TIES.has(lower.slice(starts[k + 1], ends[k + 1])) && !/[^s]s$/.test(head)))) continue;
      const phrase = lower.slice(starts[i], end);
      if (!breaksSentence(lower, starts[i], end)) out.push({ at: starts[i], phrase });
      i = k;
      break;
    }
  }
  return out;
}

// The first characters of the determiners (ASCII ones marked; a word starting beyond ASCII is looked up).
const DETERMINER_FIRST = new Uint8Array(128);
for (const w of DETERMINERS) if (w.charCodeAt(0) < 128) DETERMINER_FIRST[w.charCodeAt(0)] = 1;
function mayStartDeterminer(code: number): boolean {
  return code >= 128 || DETERMINER_FIRST[code] === 1;
}

/** "only" in the languages of DETERMINERS, as it singles a person out ("the only", "la única", "le seul"). */
const ONLY = new Set(['only', 'sole', 'único', 'única', 'unico', 'unica', 'seul', 'seule', 'einzige', 'einzigen', 'tanging', 'nag-iisang']);
const ONLY_MAX = Math.max(...[...ONLY].map((w) => w.length));
// Their first two characters (as one number): "o", "s", "u", "e", "t" and "n" start a third of all words, and most
// of those words are then made a string to ask ONLY.
const ONLY_START = new Set([...ONLY].map((w) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1)));
const DETERMINER_MAX = Math.max(...[...DETERMINERS].map((w) => w.length));
const TIE_MAX = Math.max(...[...TIES].map((w) => w.length));

/** Words for the reader (en, es, pt, fr, de, tl). Left out as they also mean something else: "sie", "seu"
 *  and "su" (she, they, his, her), "du" (French "of the"), "ton" (English). */
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'u', 'ur', 'usted', 'te', 'ti', 'tu', 'tus', 'contigo', 'você', 'voce', 'vous', 'votre', 'vos', 'toi', 'tes', 'dich', 'dir', 'dein', 'deine', 'ikaw', 'iyong', 'ninyo']);
/** The writer speaking for a practice or a team ("we called you", "our provider"). */
const FIRST_PLURAL = new Set(['we', 'our', 'us', 'ours', 'nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nós', 'nosso', 'nossa', 'nous', 'notre', 'wir', 'uns', 'unser', 'unsere', 'kami', 'namin', 'amin']);
/** A clinician named by title acts for the practice as "we" does ("Dr. Amadi called you back"). */
const CLINICIAN_TITLES = new Set(['dr', 'drs', 'dra']);
/** A past tense or a past time: the sentence tells something that happened. Regular past tenses are found
 *  by their ending (isPast; SHAPE_NOT_PAST lists common English words that merely end so). */
const PAST = new Set([
  ...actorLexicon.past.split(' '), // compromise's irregular past tenses: broke, drove, fell …
  'was', 'were', 'left', 'lost', 'cut', 'hit', 'put', 'woke', 'yesterday', 'ago', 'earlier',
  'fue', 'fuiste', 'estuvo', 'estuviste', 'tuvo', 'tuviste', 'vino', 'viniste', 'ayer', 'foi', 'esteve', 'teve', 'veio', 'ontem',
  'était', 'avait', 'étiez', 'aviez', 'hier', 'war', 'warst', 'waren', 'hatte', 'hattest', 'gestern', 'noong', 'kahapon', 'kanina',
]);
const SHAPE_NOT_PAST = new Set(['indeed', 'proceed', 'succeed', 'exceed', 'hundred', 'sacred', 'kindred', 'wicked', 'naked', 'speed', 'breed', 'embed', 'seabed']);
/** One person spoken of (en, es, pt, fr, de, tl), not the reader or the writer. */
const THIRD_PERSON = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself', 'él', 'ella', 'ele', 'dela', 'dele', 'il', 'elle', 'lui', 'er', 'ihm', 'siya', 'niya']);
// Regular past tenses by their ending: English -ed, Spanish -ó (llegó, ingresó), Portuguese -ou (chegou).
const isPast = (w: string) =>
  PAST.has(w) || (w.length >= 5 && ((w.endsWith('ed') && !SHAPE_NOT_PAST.has(w)) || w.endsWith('ou'))) || (w.length >= 4 && w.endsWith('ó'));
/** Words that make a sentence general or hypothetical rather than an account ("if you were …"). */
const NOT_AN_ACCOUNT = new Set(['if', 'whenever', 'should', 'could', 'can', 'may', 'might', 'would', 'will', 'usually', 'always', 'often', 'typically', 'generally', 'anyone', 'everyone', 'si', 'puede', 'debe', 'wenn', 'falls', 'kann', 'kung', 'pwede']);
/** What a word does in its sentence for youEpisode and theirEpisode, in one lookup per word (the first that
 *  applies, in this order: the reader, the writer's team, one person, something general, a past or present
 *  tense). */
const [SECOND, TEAM, THIRD, GENERAL, PAST_TENSE, PRESENT_TENSE, NO_ROLE] = [1, 2, 3, 4, 5, 6, 0];
const SENTENCE_ROLES = new Map<string, number>();
for (const [words, role] of [
  [['is', 'has', 's', 'está', 'tiene', 'est', 'ist'], PRESENT_TENSE], [PAST, PAST_TENSE], [NOT_AN_ACCOUNT, GENERAL],
  [THIRD_PERSON, THIRD], [FIRST_PLURAL, TEAM], [CLINICIAN_TITLES, TEAM], [SECOND_PERSON, SECOND],
] as [Iterable<string>, number][]) for (const w of words) SENTENCE_ROLES.set(w, role); // later sets win
function sentenceRole(word: string): number {
  const role = SENTENCE_ROLES.get(word);
  if (role !== undefined) return role;
  return isPast(word) ? PAST_TENSE : NO_ROLE;
}

/** Everything storySignals asks of a word, in one lookup rather than five: most words are in none of the
 *  tables above (storySignals measured 38 -> 34 ms CPU per round of the 980 training posts). Built from
 *  those tables, so the answers are theirs. */
interface WordFacts { role: number; clinicalFirst: boolean; patientNoun: boolean; personHead: boolean; careDeterminer: boolean; possessive: CueGroup | undefined; phrases: FirstWordPhrases | undefined }

/** The phrases of one first word, by their probe: all of them have it at the same offset (probeAt), so the
 *  paragraph's character there picks the list of phrases to compare, those with that probe and the one-word
 *  phrases (no probe), in the order of the cue lists. The same phrases, in the same order, as testing each
 *  phrase's probe in turn, without reading all of a common first word's phrases ("my …": 59) at each "my". */
interface FirstWordPhrases { probeAt: number; byProbe: Map<number, Entry[]>; oneWord: Entry[] }
function firstWordPhrases(entries: Entry[]): FirstWordPhrases {
  const oneWord = entries.filter((e) => e.probe !== e.probe); // NaN: one word
  const byProbe = new Map<number, Entry[]>();
  for (const e of entries) {
    if (e.probe === e.probe && !byProbe.has(e.probe)) byProbe.set(e.probe, entries.filter((x) => x.probe !== x.probe || x.probe === e.probe));
  }
  return { probeAt: entries[0].probeAt, byProbe, oneWord };
}
function wordFacts(byFirstToken: Map<string, Entry[]>): Map<string, WordFacts> {
  const clinical = clinicalFirst(byFirstToken);
  const facts = new Map<string, WordFacts>();
  for (const w of [...SENTENCE_ROLES.keys(), ...clinical, ...PATIENT_NOUNS, ...PERSON_HEADS, ...CARE_DETERMINERS, ...POSSESSIVE.keys(), ...byFirstToken.keys()]) {
    facts.set(w, { role: sentenceRole(w), clinicalFirst: clinical.has(w), patientNoun: PATIENT_NOUNS.has(w), personHead: PERSON_HEADS.has(w), careDeterminer: CARE_DETERMINERS.has(w),
      possessive: POSSESSIVE.get(w), phrases: byFirstToken.has(w) ? firstWordPhrases(byFirstToken.get(w)!) : undefined });
  }
  return facts;
}

// The word facts by a hash of the word's characters, so a token is looked up where it stands in the paragraph:
// most tokens are in no table, and no string is made for them (cf. cuesByWord in names/detect.ts).
let FACTS_BY_HASH: WordTable<WordFacts>;
/** WORD_FACTS.get(s.slice(from, to)), without the slice; `hash` is wordHash(s, from, to). */
function factsAt(s: string, from: number, to: number, hash: number): WordFacts | undefined {
  return FACTS_BY_HASH.get(s, from, to, hash);
}
/** isPast(s.slice(from, to)) for a word in no table (PAST's words all have facts), by its last characters. */
function pastByShapeAt(s: string, from: number, to: number): boolean {
  const n = to - from;
  const last = s.charCodeAt(to - 1);
  if (n >= 4 && last === 0xf3) return true; // -ó
  if (n < 5) return false;
  const before = s.charCodeAt(to - 2);
  if (before === 0x6f && last === 0x75) return true; // -ou
  return before === 0x65 && last === 0x64 && !SHAPE_NOT_PAST.has(s.slice(from, to)); // -ed
}
/** Whether s[from, to) holds the end of a sentence: . ! ? ; : or a line break. */
function breaksSentence(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10) return true;
  }
  return false;
}
/** A sentence quoted as evidence, cut at a word to at most 60 characters. */
const shortened = (sentence: string) => {
  if (sentence.length <= 60) return sentence;
  const cut = sentence.lastIndexOf(' ', 60);
  return `${sentence.slice(0, cut > 0 ? cut : 60)}…`; // a 60-character run with no space is cut where it stands
};

/** A word, a comma and a clinician's credentials (the US nursing, medical, pharmacy and therapy licences and
 *  certifications that follow a name on a badge or a signature): "grace obi, rn, bsn". Matched from the comma,
 *  with the word's last two letters looked behind: a pattern that starts at every letter of a word and runs
 *  to its end is quadratic in a long run of letters (a held key: 1,000 of them doubled a keystroke's rescan). */
const CREDENTIALS_AFTER_NAME = /(?<=[a-z\u00c0-\u024f'’-]{2}),\s*(?:rn|bsn|msn|lpn|lvn|cna|aprn|fnp|dnp|np|pa-c|md|m\.d\.|ccrn|cen|cnm|crna|pharmd|rrt|dpt|otr|lcsw|mph|phd|facp|facs|facep)\b/y;

/** News attribution at the end of a clause: a comma, a speaker of up to four words and a reporting verb that
 *  ends the sentence or is followed by when or where it was said ("…, his family said.", "…, the team
 *  announced on Monday"). The shape wire-service style gives every reported fact; a story told by staff
 *  about their patient has no speaker. A pronoun is no speaker here: "…, she said." quotes a patient as
 *  often as a newsroom. Matched from each comma (sticky), as the credentials are. */
const ATTRIBUTED_AFTER_COMMA = /,\s*(?!(?:he|she|they|i|we|you|it)\s)(?:[\p{L}'’.-]+\s+){1,4}(?:said|says|announced|confirmed|reported|told\s+reporters)(?=\s*(?:[.!?;"”]|$)|\s+(?:on|in|to|this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/uy;

/** A count of people or events: a number of two digits or more, or "dozens/hundreds/thousands of", before a
 *  plural of patients, calls, visits, births, deaths … (English and Spanish). "2 patients" is a nurse's
 *  assignment as often as a report, so one digit is not a count here. */
const AGGREGATE_COUNT = /(?<![\d.,:/$#-])(?:\d{1,3}(?:,\d{3})+|\d{2,}|dozens\s+of|hundreds\s+of|thousands\s+of|cientos\s+de|miles\s+de)\s+(?:[a-z-]+\s+)?(?:patients|calls|babies|visits|cases|deaths|falls|admissions|transports|runs|people|residents|births|deliveries|surgeries|procedures|doses|vaccinations|screenings|overdoses|encounters|pacientes|casos|personas|llamadas|muertes|partos|visitas)\b/g;

/** A television episode as viewers cite it: season and episode ("S3E7", "s02e11", "S4 E2"). */
const EPISODE_CODE = /\bs\d{1,2} ?e\d{1,3}\b/g;

/** A diagnosis or procedure by its Greek or Latin ending (-itis, -osis, -emia, -oma, -pathy, -plasia, -ectomy,
 *  -otomy, -scopy, -algia …), so that a condition no list names ("fibrodysplasia", "arteritis", "cholangiocarcinoma")
 *  is clinical detail too: a rare condition in a small place is how such stories single a person out. The endings
 *  are the medical suffixes of any terminology textbook; at least three letters come before them ("coma", "anemia"
 *  are in the clinical list). NOT_DIAGNOSES are the everyday words and places with such an ending. */
const DIAGNOSIS_SHAPE = /^[a-z]{3,}(?:itis|osis|a?emia|omas?|pathy|plasia|trophy|ectomy|otomy|ostomy|plasty|scopy|algia|penia|megaly|rrhoea|rrhea|rrhage)$/;
const NOT_DIAGNOSES = new Set(['empathy', 'sympathy', 'antipathy', 'telepathy', 'nostalgia', 'academia', 'bohemia', 'diploma', 'diplomas',
  'oklahoma', 'tacoma', 'sonoma', 'paloma', 'palomas', 'idiomas', 'hypnosis', 'osmosis', 'symbiosis', 'metamorphosis', 'apotheosis',
  'dichotomy']);
/** The last two letters of every ending, as one number each: a word ending otherwise is not made a string. */
const DIAGNOSIS_ENDS = new Set(['is', 'ia', 'ma', 'as', 'hy', 'my', 'ty', 'py', 'ly', 'ea', 'ge'].map((e) => e.charCodeAt(0) * 0x10000 + e.charCodeAt(1)));
/** Whether the word lower[at, end) is of DIAGNOSIS_SHAPE and no everyday word. Read at each token of the paragraph's
 *  one pass (storySignals), where a regex over the whole paragraph, run on nearly every one, had made a bulk scan
 *  half as slow again. */
function diagnosisAt(lower: string, at: number, end: number): boolean {
  if (end - at < 6 || !DIAGNOSIS_ENDS.has(lower.charCodeAt(end - 2) * 0x10000 + lower.charCodeAt(end - 1))) return false;
  const word = lower.slice(at, end);
  return DIAGNOSIS_SHAPE.test(word) && !NOT_DIAGNOSES.has(word);
}

/** What every match of ATTRIBUTED_AFTER_COMMA holds. */
const REPORTING_VERB = /said|says|announced|confirmed|reported|told/;
const DIGIT = /\d/;

/** The role list's single words (of a-z) that ROLE_RELATIVE reads before a possessive. */
let ROLE_WORDS: ReadonlySet<string>;

/** What a scan reads of the cue lists: the phrases no first word indexes, and the tables above. */
interface CueIndex { clinicalWords: ReadonlySet<string>; unindexed: Entry[]; namesCare: ReadonlySet<Found>; factsByHash: WordTable<WordFacts>; roleWords: ReadonlySet<string>; roleRelative: RegExp }

/** The index of the English cue lists and of any others given (lists that are not arrays of non-empty strings,
 *  and groups the model does not know, are left out: malformed knowledge costs those phrases, never the scan). */
function buildCueIndex(lists: unknown): CueIndex {
  let more: CueLists = {};
  if (lists && typeof lists === 'object' && !Array.isArray(lists)) {
    const known = new Set<string>(CUE_GROUP_NAMES);
    more = Object.fromEntries(Object.entries(lists as Record<string, unknown>)
      .filter(([group, list]) => known.has(group) && Array.isArray(list) && list.every((p) => typeof p === 'string' && p.length > 0))) as CueLists;
  }
  const { byFirstToken, unindexed } = indexPhrases([CUE_GROUPS, more]);
  const roleWords = new Set([...CUE_GROUPS.role, ...(more.role ?? [])].filter((w) => /^[a-z]+$/.test(w)));
  return {
    // The one-word phrases of the clinical and outpatient lists, which DIAGNOSIS_SHAPE must not count again.
    clinicalWords: new Set([...byFirstToken.values()].flat().filter((e) => (e.group === 'clinical' || e.group === 'outpatient') && e.probe !== e.probe).map((e) => e.phrase)),
    unindexed,
    namesCare: namesCare(byFirstToken, unindexed),
    factsByHash: new WordTable([...wordFacts(byFirstToken)].map(([word, facts]) => [word, wordHash(word, 0, word.length), facts] as const)),
    roleWords,
    roleRelative: roleRelative(roleWords),
  };
}
function useCueIndex(index: CueIndex): void {
  ({ clinicalWords: CLINICAL_WORDS, unindexed, namesCare: NAMES_CARE, factsByHash: FACTS_BY_HASH, roleWords: ROLE_WORDS, roleRelative: ROLE_RELATIVE } = index);
}
let unindexed: Entry[];
let CLINICAL_WORDS: ReadonlySet<string>;
useCueIndex(buildCueIndex(null));

/** An index built ahead of the install that brings its lists (prepareCueLanguages). */
let prepared: { lists: unknown; index: CueIndex } | null = null;

/** Builds the index of the cue lists that the knowledge brings, before it is installed: the content script calls
 *  it as soon as the knowledge's header has arrived, while the worker still sends the tables (as the word scores
 *  are prepared: knowledge/index.ts prepareSemanticScores). */
export function prepareCueLanguages(lists: unknown): void {
  prepared = { lists, index: buildCueIndex(lists) };
}

/**
 * Adds the cue phrases of the other languages (story/cue-languages.ts, which the knowledge brings), or with
 * null goes back to English only. Paragraph analyses cached before must be dropped (the knowledge's install
 * does so: knowledgeGeneration).
 */
export function installCueLanguages(lists: unknown): void {
  useCueIndex(prepared && prepared.lists === lists ? prepared.index : buildCueIndex(lists));
  prepared = null;
}
const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** Whether ROLE_RELATIVE may match: its first alternative needs a role word right before "'s" or "’s" (with \b
 *  before it, the word is the whole run of \w characters there), its second "de" or "del" then white space.
 *  Most possessives follow a name or a noun that is no role: the regex is then not run. */
function mayHoldRoleRelative(lower: string): boolean {
  for (const apostrophe of ["'s", '’s']) {
    for (let at = lower.indexOf(apostrophe); at !== -1; at = lower.indexOf(apostrophe, at + 1)) {
      let start = at;
      while (start > 0 && isAsciiWordChar(lower.charCodeAt(start - 1))) start--;
      if (ROLE_WORDS.has(lower.slice(start, at))) return true;
    }
  }
  return SPANISH_DE.test(lower);
}
const SPANISH_DE = /\bdel?\s/;

const ZERO_COUNTS = Object.fromEntries(CUE_GROUP_NAMES.map((g) => [g, 0])) as Record<CueGroup, number>;
export const emptyCounts = (): Record<CueGroup, number> => ({ ...ZERO_COUNTS });

/** What storySignals gathers: each phrase counted once in its group, the first of each group kept for the
 *  reason, and the first patient reference. (A class rather than closures made per paragraph: under tsx, as
 *  the benchmark runs, each named closure is also given its name, a defineProperty per paragraph.) */
const NO_QUOTES: number[] = [];
/** The stretches between double quotation marks ("…" or “…”): an opening mark and the next closing one. */
export function quotedRanges(text: string): number[] {
  if (!/["“”]/.test(text)) return NO_QUOTES;
  const out: number[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open === -1 && (c === '"' || c === '“')) open = i;
    else if (open !== -1 && (c === '"' || c === '”')) {
      out.push(open, i);
      open = -1;
    }
  }
  return out;
}
const insideQuotes = (ranges: readonly number[], at: number) => {
  for (let i = 0; i < ranges.length; i += 2) if (at > ranges[i] && at < ranges[i + 1]) return true;
  return false;
};

class Tally {
  /** The paragraph as written: an example is shown to the user in its own letters, not in lower case. */
  constructor(private readonly text: string, private readonly lower: string) {}
  readonly counts = emptyCounts();
  readonly examples: Partial<Record<CueGroup, string>> = {};
  private readonly exampled = new Set<CueGroup>();
  firstReference: [number, number] | null = null;
  /** Where a third-person reference starts: a phrase is counted once. */
  readonly thirdAt = new Set<number>();
  private readonly seen = new Set<Found>();
  /** Quoted stretches of the paragraph, as [start, end) pairs (quotedRanges). */
  quoted: number[] = NO_QUOTES;

  readonly healthAt: number[] = [];
  readerCare: [number, number] | null = null;

  found(e: Found, at: number): void {
    if (HEALTH_GROUPS.has(e.group)) this.healthAt.push(at);
    // "I feel like I got my life back," he says: a first person in quotation marks is the quoted person's,
    // not the poster's own health or family.
    if ((e.group === 'ownHealth' || e.group === 'ownFamily') && this.quoted.length && insideQuotes(this.quoted, at)) return;
    if (this.seen.has(e)) return;
    this.seen.add(e);
    if (e.group === 'refThird') this.thirdAt.add(at);
    this.counts[e.group]++;
    // The groups that have their example, asked of a Set: reading this.examples[group], an object whose keys
    // come in any order, was most of found()'s time.
    if (!this.exampled.has(e.group)) {
      this.exampled.add(e.group);
      this.examples[e.group] = this.asWritten(e.phrase, at);
    }
    if (REFERENCE_GROUPS.includes(e.group) && (!this.firstReference || at < this.firstReference[0])) this.firstReference = [at, at + e.phrase.length];
  }

  /** The phrase as the paragraph writes it, where lower-casing kept every offset (it does but for a few
   *  letters such as "İ"); otherwise the lower-case phrase. */
  private asWritten(phrase: string, at: number): string {
    if (this.text.length !== this.lower.length) return phrase;
    const written = this.text.slice(at, at + phrase.length);
    return written.toLowerCase() === phrase ? written : phrase;
  }
}

/** Per sentence: does it address the reader or speak of one person, tell of the past (or, for a person,
 *  the present), say something general? (youEpisode, theirEpisode) */
class Sentence {
  addressed = false;
  past = false;
  present = false;
  general = false;
  team = false;
  third = false;
  /** The reader's own care is named in it: "your" governing a clinical word ("your biopsy", "your insulin"). */
  owned = false;
  /** Care is named in it: a clinical or outpatient word, a care event, or a visit ("your appointment", "we saw you"). */
  care = false;
  /** Health is named in it: a clinical or outpatient word, a care event, a diagnosis by its ending. */
  health = false;
  /** The writer's family named in it, held until the sentence ends (close). */
  family: [Found, number][] = [];
  /** The family named in the sentence before, when that one named no health. */
  private familyBefore: [Found, number][] = [];
  /** Where the sentence's first token starts (-1: none yet). */
  at = -1;

  /** Counts the sentence, which ended at `end`, as an episode if it is one, and starts the next. */
  close(tally: Tally, lower: string, end: number): void {
    if (this.addressed && this.past && (this.team || this.owned) && !this.general) tally.found({ phrase: shortened(lower.slice(this.at, end)), group: 'youEpisode' }, this.at);
    if (this.third && (this.past || this.present) && !this.general && !this.addressed) tally.found({ phrase: shortened(lower.slice(this.at, end)), group: 'theirEpisode' }, this.at);
    // The reader's own care, told to them: their care named as theirs, or a past sentence to them that names care
    // or a visit ("the biopsy results you asked about were released yesterday", "we saw you on Monday").
    if (this.addressed && !this.general && (this.owned || (this.past && this.care)) && !tally.readerCare) tally.readerCare = [this.at, end];
    // The writer's family counts as their own family's health (ownFamily) only where health is named in the same
    // sentence or the next: "my dad had a stroke", "My son is 4. He had a seizure." A family member named in passing
    // ("cried harder than my toddler", "plays in my husband's darts team") says nothing of whose health the post is about.
    if (this.health) for (const [e, at] of [...this.familyBefore, ...this.family]) tally.found(e, at);
    this.familyBefore = this.health ? [] : this.family;
    this.family = [];
    this.addressed = this.past = this.present = this.general = this.team = this.third = this.owned = this.care = this.health = false;
    this.at = -1;
  }
}

/** What a review site calls the review and its parts, in the cue lists' languages: "your" before one of them
 *  (within three words: "your kind words", "your 5-star review") speaks of the review, not of the reader. */
const REVIEW_NOUNS = new Set(['review', 'reviews', 'feedback', 'words', 'comment', 'comments', 'post', 'rating', 'stars', 'note',
  'message', 'testimonial', 'shoutout', 'recommendation', 'reseña', 'reseñas', 'comentario', 'comentarios', 'opinión', 'mensaje',
  'calificación', 'palabras', 'avaliação', 'comentário', 'mensagem', 'palavras', 'avis', 'commentaire', 'commentaires', 'mots',
  'bewertung', 'kommentar', 'nachricht', 'worte', 'mensahe']);
function governsReview(lower: string, tokens: ParagraphTokens, k: number, facts: WordFacts | undefined): boolean {
  if (facts?.possessive !== 'refSecond') return false;
  for (let j = k + 1; j <= k + 3 && j < tokens.atomCount; j++) {
    if (breaksSentence(lower, tokens.atomEnds[j - 1], tokens.atomStarts[j])) return false;
    if (REVIEW_NOUNS.has(lower.slice(tokens.atomStarts[j], tokens.atomEnds[j]))) return true;
  }
  return false;
}

/** Titles written with a dot, which does not end the sentence ("Dr. Osei called you"). */
const TITLES_WITH_DOT = new Set(['dr', 'drs', 'dra', 'mr', 'mrs', 'ms', 'sr', 'sra', 'srta', 'prof']);
/** Whether the gap [end, nextAt) after the word at [start, end) is a title's dot and a space. */
function titleDot(lower: string, start: number, end: number, nextAt: number): boolean {
  return lower.charCodeAt(end) === 46 && nextAt - end <= 3 && !lower.slice(end + 1, nextAt).trim() && TITLES_WITH_DOT.has(lower.slice(start, end));
}

/** Modals that, before "have" or "'ve", make a perfect: a past that did or did not happen. */
const PERFECT_MODALS = new Set(['should', 'could', 'would', 'might', 'may', 'must']);
function isPerfectModal(lower: string, tokens: ParagraphTokens, k: number): boolean {
  if (k + 1 >= tokens.atomCount) return false;
  const [at, end, nextAt] = [tokens.atomStarts[k], tokens.atomEnds[k], tokens.atomStarts[k + 1]];
  const next = lower.slice(nextAt, tokens.atomEnds[k + 1]);
  if (!(next === 'have' || (next === 've' && nextAt === end + 1)) || !PERFECT_MODALS.has(lower.slice(at, end))) return false;
  // "would have to see you" is an obligation, not a perfect.
  return !(k + 2 < tokens.atomCount && lower.slice(tokens.atomStarts[k + 2], tokens.atomEnds[k + 2]) === 'to');
}

/** Third-person pronouns that, written in capitals, are English abbreviations: German "er" (he) is the ER,
 *  French "il" (he) Illinois or an interleukin. "ER" is in about one clinician's post in twenty, and as "he"
 *  it made "the ER was slammed" an account of one person. "Er" (a German sentence's start) stays a pronoun. */
const PRONOUNS_ALSO_ABBREVIATIONS = new Set(['er', 'il']);
const inCapitals = (text: string, at: number, end: number) => {
  for (let i = at; i < end; i++) if (text.charCodeAt(i) < 65 || text.charCodeAt(i) > 90) return false;
  return true;
};

/** Clinical abbreviations that are also everyday words, counted only where written as the abbreviation: "or"
 *  is the conjunction of nearly every post and "mi" Spanish for "my" (the operating room and a heart attack are
 *  written "OR" and "MI"); "Ed" with a capital and a small letter is a man's name (the department is "ED" or
 *  "ed"); "Ct" after a street name is a court. Each counted in every post, they made the clinical count say little. */
const ONLY_AS_WRITTEN = new Map<string, (text: string, at: number, end: number) => boolean>([
  ['or', inCapitals],
  ['mi', inCapitals],
  ['ed', (text, at) => !(text[at] === 'E' && text[at + 1] === 'd')],
  ['ct', (text, at) => !(text[at] === 'C' && text[at + 1] === 't')],
]);

/** `lower` is the paragraph lower-cased (same length and offsets as the paragraph); `text` the paragraph as
 *  written, read only where case tells a word apart. */
export function storySignals(lower: string, text: string = lower, tokens: ParagraphTokens = tokensOf(lower)): StorySignals {
  const tally = new Tally(text, lower);
  tally.quoted = quotedRanges(lower);
  // A possessive governing a clinical word within two words, as one reference phrase each.
  const possessed = new Set<string>();
  let owner: { group: CueGroup; at: number; left: number } | null = null;
  // One patient, described: "our newest resident", "my sweetest little patient", "este paciente".
  let keeper: { at: number; left: number } | null = null;
  let definite: { at: number; words: number } | null = null;
  const sentence = new Sentence();
  let previousEnd = 0;
  // Where each diagnosis-shaped word starts and ends, in pairs (diagnosisAt).
  let diagnoses: number[] | undefined;
  let previousStart = 0;
  // The paragraph's tokens (/[\p{L}\p{N}]+/gu), each with the hash factsAt looks it up by.
  for (let k = 0; k < tokens.atomCount; k++) {
    const at = tokens.atomStarts[k];
    const end = tokens.atomEnds[k];
    if (previousEnd > 0 && breaksSentence(lower, previousEnd, at) && !titleDot(lower, previousStart, previousEnd, at)) sentence.close(tally, lower, previousEnd);
    if (sentence.at === -1) sentence.at = at;
    const facts = factsAt(lower, at, end, tokens.atomHashes[k]);
    let role = facts ? facts.role : pastByShapeAt(lower, at, end) ? PAST_TENSE : NO_ROLE; // sentenceRole(word)
    if (role === THIRD && end - at === 2 && inCapitals(text, at, end) && PRONOUNS_ALSO_ABBREVIATIONS.has(lower.slice(at, end))) role = NO_ROLE;
    // "we should have called you", "it could've been caught": a modal with "have" tells of the past, as an
    // apology or a regret does, not of what may happen.
    else if (role === GENERAL && isPerfectModal(lower, tokens, k)) role = PAST_TENSE;
    // Not "u.s.", and not the reader's review ("we loved reading your kind words"): a thank-you for the review
    // tells nothing of the reader's care.
    if (role === SECOND) sentence.addressed ||= (end - at !== 1 || lower[at] !== 'u' || lower[end] !== '.') && !governsReview(lower, tokens, k, facts);
    else if (role === TEAM) sentence.team = true;
    else if (role === THIRD) sentence.third = true;
    else if (role === GENERAL) sentence.general = true;
    else if (role === PAST_TENSE) sentence.past = true;
    else if (role === PRESENT_TENSE) sentence.present = true;
    previousStart = at;
    previousEnd = end;
    // A diagnosis-shaped word is clinical detail, counted after the phrases (below); "your abdominoplasty" and
    // "her cholecystectomy" are possessed care as "your surgery" is.
    const diagnosis = diagnosisAt(lower, at, end);
    if (diagnosis) {
      (diagnoses ??= []).push(at, end);
      sentence.health = true;
    }
    if (owner && (facts?.clinicalFirst || (!facts && end - at >= 7 && diagnosis))) {
      const phrase = lower.slice(owner.at, end);
      if (owner.group === 'refSecond' && !EVERYDAY_CLINICAL.has(lower.slice(at, end))) sentence.owned = true;
      if (!possessed.has(phrase)) {
        possessed.add(phrase);
        tally.found({ phrase, group: owner.group }, owner.at);
      }
      owner = null;
    } else if (owner && --owner.left === 0) owner = null;
    if (keeper && facts?.patientNoun && !isWordChar(lower[end])) {
      if (!tally.thirdAt.has(keeper.at)) tally.found({ phrase: lower.slice(keeper.at, end), group: 'refThird' }, keeper.at);
      keeper = null;
    } else if (keeper && --keeper.left === 0) keeper = null;
    if (facts?.careDeterminer) keeper = { at, left: 3 };
    // "the" and up to three words of no sentence role before a person ("the little girl"); "the girl" itself is a list phrase.
    if (definite && facts?.personHead && definite.words > 0 && !isWordChar(lower[end])) {
      const from = definite.at;
      // once: not where a listed phrase ("old man") already stands inside
      if (![...tally.thirdAt].some((p) => p >= from && p < end)) tally.found({ phrase: lower.slice(from, end), group: 'refThird' }, from);
      definite = null;
    } else if (definite && (role !== NO_ROLE || facts?.careDeterminer || NOT_DESCRIBING.has(lower.slice(at, end)) || ++definite.words > 3)) definite = null;
    if (end - at === 3 && lower.startsWith('the', at)) definite = { at, words: 0 };
    const group = facts?.possessive;
    if (group) owner = { group, at: at, left: 3 };
    const phrases = facts?.phrases;
    if (!phrases) continue;
    // An indexed loop, not for…of: this loop runs at every word that starts a phrase, and the iterator measured
    // a fifth of storySignals.
    const entries = phrases.byProbe.get(lower.charCodeAt(at + phrases.probeAt)) ?? phrases.oneWord;
    for (let j = 0; j < entries.length; j++) {
      const e = entries[j];
      if (!lower.startsWith(e.phrase, at)) continue;
      const endsClean = !isWordChar(e.phrase[e.phrase.length - 1]) || !isWordChar(lower[at + e.phrase.length]);
      if (endsClean && (!ONLY_AS_WRITTEN.has(e.phrase) || ONLY_AS_WRITTEN.get(e.phrase)!(text, at, end))) {
        if (HEALTH_GROUPS.has(e.group)) sentence.health = true;
        if (e.group === 'ownFamily') {
          sentence.family.push([e, at]);
          continue;
        }
        tally.found(e, at);
        if (NAMES_CARE.has(e)) sentence.care = true;
        if (CARE_OF_READER_PHRASES.has(e.phrase)) sentence.owned = true;
      }
    }
  }
  sentence.close(tally, lower, previousEnd);
  for (const d of describedPeople(lower, tokens)) tally.found({ phrase: d.phrase, group: 'description' }, d.at);
  // A room or bed that does what only a person does ("room 12 turned 97", "bed 4 keeps calling") is the
  // patient in it, as staff speak of them: one reference.
  // (Every match holds a digit: a paragraph without one, most of them, is not searched.)
  if (DIGIT.test(lower) && (lower.includes('room') || lower.includes('bed') || lower.includes('bay') || lower.includes('rm'))) {
    for (const m of lower.matchAll(ROOM_AS_PERSON)) if (!tally.thirdAt.has(m.index)) tally.found({ phrase: m[0], group: 'refThird' }, m.index);
  }
  if ((lower.includes('’s ') || lower.includes("'s ") || lower.includes(' del ') || lower.includes(' de la ')) && mayHoldRoleRelative(lower)) {
    for (const m of lower.matchAll(ROLE_RELATIVE)) if (!tally.thirdAt.has(m.index)) tally.found({ phrase: m[0], group: 'refThird' }, m.index);
  }
  // Every match starts at a comma: the pattern is tried there only (sticky), not at every character of the
  // paragraph. The same matches as a global search: each comma after the end of the last match, in order.
  // An attribution holds a reporting verb: a paragraph with none (asked once, at the first comma) has none.
  let reportingVerb: boolean | undefined;
  for (let comma = lower.indexOf(','); comma !== -1; ) {
    CREDENTIALS_AFTER_NAME.lastIndex = comma;
    const m = CREDENTIALS_AFTER_NAME.exec(lower);
    if (m) tally.found({ phrase: m[0], group: 'credentials' }, m.index);
    ATTRIBUTED_AFTER_COMMA.lastIndex = comma;
    reportingVerb ??= REPORTING_VERB.test(lower);
    const said = m || !reportingVerb ? null : ATTRIBUTED_AFTER_COMMA.exec(lower);
    if (said) tally.found({ phrase: said[0].slice(1).trim(), group: 'attribution' }, said.index);
    comma = lower.indexOf(',', m ? m.index + m[0].length : comma + 1);
  }
  for (const m of lower.matchAll(AGGREGATE_COUNT)) tally.found({ phrase: m[0], group: 'aggregate' }, m.index);
  if (DIGIT.test(lower)) for (const m of lower.matchAll(EPISODE_CODE)) tally.found({ phrase: m[0], group: 'fiction' }, m.index);
  if (diagnoses) {
    const named = new Set<string>();
    for (let i = 0; i < diagnoses.length; i += 2) {
      const word = lower.slice(diagnoses[i], diagnoses[i + 1]);
      if (CLINICAL_WORDS.has(word) || named.has(word)) continue;
      named.add(word);
      tally.found({ phrase: word, group: 'clinical' }, diagnoses[i]);
    }
  }
  for (const e of unindexed) {
    const at = lower.indexOf(e.phrase);
    if (at !== -1) tally.found(e, at);
  }
  return { firstReference: tally.firstReference, counts: tally.counts, examples: tally.examples, healthAt: tally.healthAt, readerCare: tally.readerCare };
}
