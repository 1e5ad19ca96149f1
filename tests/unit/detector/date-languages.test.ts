// Days of the week and months in the other languages the cue lists cover (rules/date.json, date.weekday and
// date.written): the rules must know every day and month as Unicode CLDR names them (Node's Intl, weekday "long"), with the article or preposition
// each language puts before one particular day, so that the list is maintained data rather than what one
// writer happened to type. Portuguese also writes the short form ("na terça"), Spanish and Tagalog days
// need their article ("domingo" is also a name, "linggo" also "week"), which the rule's examples test.
import { describe, expect, it } from 'vitest';
import { analyzeParagraph } from '../../../src/detector/analyze';
import { builtInRules } from '../../../src/detector/rules';

const spansOf = (ruleId: string) => (text: string) =>
  analyzeParagraph(text, builtInRules()).candidates.filter((c) => c.ruleId === ruleId).map((c) => text.slice(c.start, c.end));
const weekdaySpans = spansOf('date.weekday');
const writtenDateSpans = spansOf('date.written');

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

const cldrMonths = (locale: string) => {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2023, i, 5))));
};

// A day of the month as each language writes it: "14 de marzo", "14 mars", "14. März", "Marso 14".
const DAY_AND_MONTH: Record<string, (month: string) => string> = {
  es: (month) => `ingresó el 14 de ${month}`,
  pt: (month) => `internada em 14 de ${month}`,
  fr: (month) => `arrivée le 14 ${month}`,
  de: (month) => `am 14. ${month} eingeliefert`,
  fil: (month) => `dumating noong ${month} 14`,
};

describe('months in the languages of the cue lists, as CLDR names them', () => {
  it.each(Object.keys(DAY_AND_MONTH))('%s', (locale) => {
    for (const month of cldrMonths(locale)) {
      const text = DAY_AND_MONTH[locale](month);
      expect(writtenDateSpans(text).join(' '), text).toContain(month);
    }
  });
});
