// Words the place recognisers never take as a place name (story/quasi.ts, rules/checks.ts).

import extracted from '../names/compromise-lexicon.json';

/** Capitalised words that are never the place in "lives in X" or "from X": these, and the words for a people
 *  or a language ("from Spanish class"; scripts/build-name-lexicon.ts). */
export const NOT_PLACE_WORDS = new Set([
  'the', 'a', 'an', 'my', 'our', 'his', 'her', 'their', 'this', 'that', 'i', 'we', 'he', 'she', 'it', 'they', 'and',
  'icu', 'picu', 'nicu', 'er', 'ed', 'or', 'pacu', 'l&d', 'unit', 'room', 'bed', 'hospital', 'er.', 'ems', 'er,',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight',
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new',
  'hampshire', 'jersey', 'mexico', 'york', 'carolina', 'north', 'south', 'dakota', 'ohio', 'oklahoma', 'oregon',
  'pennsylvania', 'rhode', 'island', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west',
  'wisconsin', 'wyoming', 'america', 'usa', 'us', 'canada', 'england', 'uk', 'europe', 'asia', 'africa', 'india',
  'china', 'japan', 'school', 'college', 'university', 'church', 'work', 'home', 'town', 'state', 'county', 'city',
  'covid', 'hell', 'god', 'jesus', 'christmas', 'easter', 'dr', 'mr', 'mrs', 'ms', 'nurse', 'rn', 'md', 'box',
  ...extracted.proper.split(' '),
]);
