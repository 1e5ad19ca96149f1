// Words the place recognisers never take as a place name (story/quasi.ts, rules/checks.ts, knowledge/places.ts).

import extracted from '../names/compromise-lexicon.json';

const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
const weekdayName = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' });
/** The English month and weekday names, lower case (from Intl, which carries Unicode CLDR): "in August",
 *  "on Monday" name a time, even where a town has the name (August, California). */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([
  ...Array.from({ length: 12 }, (_, m) => monthName.format(Date.UTC(2024, m, 15))),
  ...Array.from({ length: 7 }, (_, d) => weekdayName.format(Date.UTC(2024, 0, 1 + d))),
].map((w) => w.toLowerCase()));

/** Words for a people or a language ("English", "Vietnamese"): capitalised, and never a name or a place
 *  (scripts/build-name-lexicon.ts: compromise's demonyms and CLDR's language names). */
export const PROPER_ADJECTIVES: ReadonlySet<string> = new Set(extracted.proper.split(' '));

/** Capitalised words that are never the place in "lives in X" or "from X": these, and the words for a people
 *  or a language ("from Spanish class"; scripts/build-name-lexicon.ts). */
export const NOT_PLACE_WORDS = new Set([
  'the', 'a', 'an', 'my', 'our', 'his', 'her', 'their', 'this', 'that', 'i', 'we', 'he', 'she', 'it', 'they', 'and',
  'icu', 'picu', 'nicu', 'er', 'ed', 'or', 'pacu', 'l&d', 'unit', 'room', 'bed', 'hospital', 'er.', 'ems', 'er,',
  ...CALENDAR_NAMES, 'today', 'tonight',
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new',
  'hampshire', 'jersey', 'mexico', 'york', 'carolina', 'north', 'south', 'dakota', 'ohio', 'oklahoma', 'oregon',
  'pennsylvania', 'rhode', 'island', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west',
  'wisconsin', 'wyoming', 'america', 'usa', 'us', 'canada', 'england', 'uk', 'europe', 'asia', 'africa', 'india',
  'china', 'japan', 'school', 'college', 'university', 'church', 'work', 'home', 'town', 'state', 'county', 'city',
  'covid', 'hell', 'god', 'jesus', 'christmas', 'easter', 'dr', 'mr', 'mrs', 'ms', 'nurse', 'rn', 'md', 'box',
  ...PROPER_ADJECTIVES,
]);
