// Story signals that are found by composition rather than fixed phrases: a possessive governing a
// clinical word, and one person singled out by a description.
import { describe, expect, it } from 'vitest';
import { storySignals } from '../../../src/detector/story/signals';

const signals = (text: string) => storySignals(text.toLowerCase(), text);

describe('possessive + clinical word', () => {
  it('counts "your …" as second person and "his/her …" as third, in several languages', () => {
    expect(signals('so glad your dialysis went smoothly this week').counts.refSecond).toBeGreaterThan(0);
    expect(signals('her chemo got moved to thursday').counts.refThird).toBeGreaterThan(0);
    expect(signals('esperamos que su cirugía haya ido bien').counts.refThird + signals('esperamos que su cirugía haya ido bien').counts.refSecond).toBeGreaterThan(0);
    expect(signals('merci, votre traitement continue lundi').counts.refSecond).toBeGreaterThan(0);
  });

  it('ignores a possessive far from any clinical word', () => {
    const s = signals('your kindness and your patience made the whole week better for the team');
    expect(s.counts.refSecond).toBe(0);
  });
});

describe('a person singled out by a description', () => {
  it('finds "the <role> from/who …" and its Spanish, French and German forms', () => {
    for (const text of [
      'the retired barber from the county fair came in with chest pain',
      'our own plumber who waves at every car fell on the ice',
      'the evening weatherman\'s daughter was in bay 3',
      'el señor que vende tamales en la plaza llegó con dolor',
      'le propriétaire du garage du village est arrivé hier',
      'der Besitzer aus dem Nachbardorf kam mit Schmerzen',
    ]) {
      const s = signals(text);
      expect(s.counts.description, text).toBeGreaterThan(0);
      expect(s.firstReference, text).not.toBeNull();
    }
  });

  it('does not fire on plural groups or roles with no tie', () => {
    for (const text of ['shoutout to all the nurses on nights', 'being a teacher was my first career', 'the team worked hard today']) {
      expect(signals(text).counts.description, text).toBe(0);
    }
  });
});
