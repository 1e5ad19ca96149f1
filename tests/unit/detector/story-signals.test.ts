// Story signals that are found by composition rather than fixed phrases: a possessive governing a
// clinical word, and one person singled out by a description.
import { describe, expect, it } from 'vitest';
import { storySignals } from '../../../src/detector/story/signals';

const signals = (text: string) => storySignals(text.toLowerCase());

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

describe('an account told to its reader (youEpisode) and advice to anyone (advice)', () => {
  it('finds a practice telling the reader what happened in their care, in several languages', () => {
    for (const text of [
      'We phoned you twice on Friday after the ultrasound came back.',
      'Our nurse reviewed your chart and the lab had mislabeled the sample.',
      'Nuestra enfermera le llamó a usted ayer por la tarde.', // a dropped pronoun ("le llamamos") is not seen
      'Nous vous avons appelé hier après votre radio.',
      // a modal with "have" is a regret about the past, not a hypothesis
      'We should have phoned you before the second injection.',
      "We could've told you sooner that the biopsy was benign.",
      // a clinician named by title acts for the practice as "we" does
      'Dr. Osei reviewed your scan with the radiologist on Monday.',
      // with no "we", the reader's own care named in a past sentence: "your" governing a clinical word
      'Your biopsy was read the same afternoon and billed as one visit.',
      'Your insulin dose was doubled after the last visit.',
    ]) expect(signals(text).counts.youEpisode, text).toBe(1);
  });

  it('does not count general or hypothetical second person, or a story with no "we"', () => {
    for (const text of [
      'If you missed a dose, we can help you plan the next one.',
      'We will call you when the results are ready.',
      'We would have to see you again before refilling it.',
      'Your doctor may have other advice for you.',
      'You were the best part of my week.',
      'Your kindness carried me through a hard winter.',
      'If your prescription expired, we can renew it.',
      'We updated the visitor policy for the whole hospital.',
      'Our clinic serves the former U.S. Navy base families.',
    ]) expect(signals(text).counts.youEpisode, text).toBe(0);
  });

  it('counts each such sentence once and quotes a short piece of it', () => {
    const s = signals('We saw you on the ward last week and we called your daughter. Thanks for the note!\nWe checked the pharmacy record you asked about, and it was sent on time.');
    expect(s.counts.youEpisode).toBe(2);
    expect(s.examples.youEpisode!.length).toBeLessThanOrEqual(61);
  });

  it('finds advice written to whoever reads', () => {
    expect(signals('If you have chest pain, talk to your doctor right away.').counts.advice).toBeGreaterThan(0);
    expect(signals('Si usted tiene fiebre, consulte a su médico.').counts.advice).toBeGreaterThan(0);
    expect(signals('We saw your grandmother on Tuesday.').counts.advice).toBe(0);
  });
});

describe('clinical words in other languages', () => {
  it('meets a bed, a condition or a drug in Spanish, Portuguese, French, German and Tagalog', () => {
    for (const text of ['la señora de la cama 317 con neumonía', 'o senhor do leito 4 com demência', 'le monsieur de la chambre 9 sous oxygène', 'der Herr in Zimmer 215 mit Lungenentzündung', 'si lolo sa kama 118 may pulmonya']) {
      expect(signals(text).counts.clinical, text).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('an account of one person (theirEpisode)', () => {
  it('finds one person spoken of in a past or present account, in several languages', () => {
    for (const text of [
      'She coded twice before the helicopter landed.',
      'he is still asking for his brother every hour',
      'Ella llegó sola y no quería hablar con nadie.',
      'Il était calme jusqu\'à minuit.',
    ]) expect(signals(text).counts.theirEpisode, text).toBe(1);
  });

  it('does not count general statements, or one told to its reader', () => {
    for (const text of [
      'If she has a fever, she should rest.',
      'A patient usually feels better when he walks early.',
      'You told me he was fine.',
      'The unit opened in March.',
    ]) expect(signals(text).counts.theirEpisode, text).toBe(0);
  });

  it('reads "ER" and "IL" in capitals as abbreviations, "er" and "Er" as the German pronoun', () => {
    const cased = (text: string) => storySignals(text.toLowerCase(), text);
    expect(cased('the ER was slammed and the waiting room is full').counts.theirEpisode).toBe(0);
    expect(cased('Half of IL was snowed in, so the clinic closed early').counts.theirEpisode).toBe(0);
    expect(cased('Gestern kam er mit Brustschmerzen und ist geblieben').counts.theirEpisode).toBe(1);
    expect(cased('Er kam gestern mit Atemnot.').counts.theirEpisode).toBe(1);
  });
});

describe('one patient described (refThird by composition)', () => {
  it('reads a possessive or demonstrative, up to two describing words and a patient noun as one patient', () => {
    for (const text of ['our newest resident kept the night shift laughing', 'my grumpiest little patient went home', 'este paciente nuevo llegó solo', 'unser ältester Bewohner feiert heute']) {
      expect(signals(text).counts.refThird, text).toBe(1);
    }
  });

  it('leaves patients in general alone and counts a listed phrase once', () => {
    expect(signals('our patients deserve better staffing').counts.refThird).toBe(0);
    expect(signals("our patient's daughter called").counts.refThird).toBe(1);
  });
});

describe('the patient as the subject of a charting verb', () => {
  it('reads "pt states", "pt denies", "patient lives" as one patient', () => {
    for (const text of ['pt states she missed two doses this week', 'pt denies chest pain at rest', 'patient lives alone above the laundromat']) {
      expect(signals(text).counts.refThird, text).toBe(1);
    }
  });

  it('leaves "pt" as physical therapy or a unit of measure alone', () => {
    for (const text of ['PT eval ordered for tomorrow morning', 'add 2 pt of cream to the sauce']) {
      expect(signals(text).counts.refThird, text).toBe(0);
    }
  });
});

describe('a person singled out by "who"', () => {
  it('reads any singular noun before who/whose/quien as a person', () => {
    for (const text of ['the relief pitcher who walked three batters came in tonight', 'el cartero quien trae las cartas llegó con fiebre']) {
      expect(signals(text).counts.description, text).toBe(1);
    }
    expect(signals('the volunteers who knit hats for the nicu').counts.description).toBe(0);
  });
});

describe('news attribution', () => {
  it('counts a speaker and a reporting verb that close a clause, as news reports write them', () => {
    for (const text of [
      'The coach was treated for a broken wrist, the club said.',
      'The former judge, 93, is resting at home, his office said on Monday',
      'The actor had heart surgery last month, a spokesperson for the studio confirmed.',
      'Her tour is cancelled after a stroke, her publicist said in a statement.',
    ]) expect(signals(text).counts.attribution, text).toBeGreaterThan(0);
  });

  it('leaves a patient quoted by staff, and a clause that goes on, alone', () => {
    for (const text of [
      'I asked the man in bed 4 about his pain, he said it was a ten.',
      'Asked how she slept, she said.',
      'The family, my charge nurse said later, had driven four hours.',
    ]) expect(signals(text).counts.attribution, text).toBe(0);
  });
});

describe('quoted first person', () => {
  it('does not count words in quotation marks as the poster\'s own health or family', () => {
    expect(signals('Meet our transplant patient. "My surgery changed everything," she told us.').counts.ownHealth).toBe(0);
    expect(signals('He kept saying “my wife will worry” all night.').counts.ownFamily).toBe(0);
  });

  it('still counts them outside quotation marks', () => {
    expect(signals('My surgery is next week, so "out of office" it is.').counts.ownHealth).toBeGreaterThan(0);
    expect(signals('Picked up my wife from work; she said "long day".').counts.ownFamily).toBeGreaterThan(0);
  });
});

describe('a patient who is not real', () => {
  it('reads a manikin, a standardized or test patient as teaching, and a fictional one as fiction', () => {
    for (const text of ['our new manikin coded twice in the scenario today', 'the standardized patient did an amazing job with the angry-family station', 'the test patients in the training build all share one birthday']) {
      expect(signals(text).counts.teaching, text).toBeGreaterThan(0);
    }
    expect(signals('a fictitious 71-year-old farmer for the pharmacology quiz').counts.fiction).toBe(1);
    expect(signals('the fictional surgeon on that show would lose his license in a week').counts.fiction).toBeGreaterThan(0);
  });
});

describe('one person singled out by being the only one', () => {
  it('reads "only" and a word for a person within three words as a description', () => {
    for (const text of ["the county's only female plumber came in with a crush injury", 'our sole veterinarian in the valley fell off a ladder']) {
      expect(signals(text).counts.description, text).toBe(1);
    }
  });

  it('leaves "only" before no person alone, and the poster\'s own shift', () => {
    for (const text of ['only one admission all night', 'the only way through is to chart as you go', 'I was the only nurse on the floor']) {
      expect(signals(text).counts.description, text).toBe(0);
    }
  });
});

describe('clinical abbreviations that are also everyday words', () => {
  const clinical = (text: string) => storySignals(text.toLowerCase(), text).counts.clinical;
  it('counts "or", "mi" and "Ed" only as the abbreviation is written', () => {
    expect(clinical('tea or coffee, your pick')).toBe(0);
    expect(clinical('mi hermana cumple años hoy')).toBe(0);
    expect(clinical('Ed brought donuts')).toBe(0);
    expect(clinical('straight to the OR after the MI')).toBe(2);
    expect(clinical('slow night in the ed')).toBe(1);
  });
  it('keeps where each word of health stands, every time it occurs', () => {
    const text = 'dialysis today, dialysis tomorrow';
    expect(storySignals(text.toLowerCase(), text).healthAt).toEqual([0, 16]);
  });
});
