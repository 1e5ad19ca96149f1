// Days of the week in the other languages the cue lists cover (rules/date.json, date.weekday): the rule must
// know every day as Unicode CLDR names it (Node's Intl, weekday "long"), with the article or preposition
// each language puts before one particular day, so that the list is maintained data rather than what one
// writer happened to type. Portuguese also writes the short form ("na terça"), Spanish and Tagalog days
// need their article ("domingo" is also a name, "linggo" also "week"), which the rule's examples test.
import { describe, expect, it } from 'vitest';
import { analyzeParagraph } from '../../../src/detector/analyze';
import { builtInRules } from '../../../src/detector/rules';

const weekdaySpans = (text: string) =>
  analyzeParagraph(text, builtInRules()).candidates.filter((c) => c.ruleId === 'date.weekday').map((c) => text.slice(c.start, c.end));

const cldrWeekdays = (locale: string) => {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2023, 0, 1 + i))));
};

// How a sentence names the day something happened: "llegó el domingo", "chegou na segunda-feira".
const PHRASES: Record<string, (day: string) => string> = {
  es: (day) => `llegó el ${day} con dolor`,
  pt: (day) => `chegou ${/feira$/.test(day) ? 'na' : 'no'} ${day} com dor`,
  fr: (day) => `arrivée ${day} soir aux urgences`,
  de: (day) => `am ${day} eingeliefert`,
  fil: (day) => `isinugod noong ${day} ng gabi`,
};

describe('weekdays in the languages of the cue lists, as CLDR names them', () => {
  it.each(Object.keys(PHRASES))('%s', (locale) => {
    for (const day of cldrWeekdays(locale)) {
      const text = PHRASES[locale](day);
      expect(weekdaySpans(text).join(' '), text).toContain(day);
    }
  });

  it('reads the Portuguese short form and refuses a bare ordinal', () => {
    expect(weekdaySpans('ela chegou na sexta com febre')).toEqual(['na sexta']);
    expect(weekdaySpans('a segunda dose da vacina')).toEqual([]);
  });

  it('refuses a Spanish day without its article and Tagalog "linggo" meaning a week', () => {
    expect(weekdaySpans('Plácido Domingo cantó anoche')).toEqual([]);
    expect(weekdaySpans('noong isang linggo pa siya umuwi')).toEqual([]);
  });
});
