// A phone number, street address or ZIP code whose label says it is the patient's ("pt's cell", "teléfono de la
// paciente", "pt's address:", "patient's zip") is patient information by its label, as a labelled MRN is: it warns whatever
// else the post says. One labelled only "cell" or "address", or an organisation's patient line or new
// clinic, is left to the models.
import { describe, expect, it } from 'vitest';
import { scan, warningsOf } from '../../../src/detector';
import { builtInRuleData, resolveWordLists } from '../../../src/detector/rules';

const warnedPhones = (text: string) => warningsOf(scan(text)).filter((f) => f.category === 'PHONE').map((f) => text.slice(f.start, f.end));

describe('a phone number labelled as the patient’s', () => {
  it.each([
    ['pt phone 608/291/4473', '608/291/4473'],
    ["pt's cell is 608.291.4473, she prefers texts", '608.291.4473'],
    ["the patient's home phone: (608) 291-4473", '(608) 291-4473'],
    ['pt callback number six zero eight, two nine one, four four seven three', 'six zero eight, two nine one, four four seven three'],
    ["patient's mobile +44 7946 281734", '+44 7946 281734'],
    ['teléfono de la paciente: 55 2734 8812', '55 2734 8812'],
    // a relative's of the patient: Safe Harbor's identifiers are the relatives' too
    ["pt's daughter's cell 608-291-4473, call her first", '608-291-4473'],
    ['celular de la hija del paciente: 55 2734 8812', '55 2734 8812'],
  ])('warns on %j', (text, phone) => {
    expect(scan(text).verdict, text).toBe('warn');
    expect(warnedPhones(text), text).toEqual([phone]);
  });

  it('leaves an organisation’s patient line and a number with no patient label to the models', () => {
    expect(scan('Call our patient line at 608-291-4473 to book a flu shot').verdict).toBe('ok');
    expect(scan('Ping me at 608-291-4473 once the shift ends').verdict).toBe('ok');
    expect(scan("My daughter's cell is 608-291-4473 if the school calls").verdict).toBe('ok');
  });
});

describe('a street address labelled as the patient’s', () => {
  it.each([
    ['pt lives at 14 Orchard Ln, Apt 3, needs a ride home', '14 Orchard Ln, Apt 3'],
    ["pt's address: 2281 Birchwood Dr, Lansing", '2281 Birchwood Dr'],
    ["visited the patient's home at 77 Quarry Rd today", '77 Quarry Rd'],
  ])('warns on %j', (text, address) => {
    expect(scan(text).verdict, text).toBe('warn');
    expect(warningsOf(scan(text)).filter((f) => f.category === 'ADDRESS').map((f) => text.slice(f.start, f.end)), text).toEqual([address]);
  });

  it('leaves a clinic’s address and the poster’s own to the models', () => {
    expect(scan('Our new clinic is at 2281 Birchwood Dr, come visit').verdict).toBe('ok');
    expect(scan('My address is 14 Orchard Ln if you want to send a card').verdict).toBe('ok');
  });
});

describe('a ZIP code or postcode labelled as the patient’s', () => {
  const warnedZips = (text: string) => warningsOf(scan(text)).filter((f) => f.category === 'ZIP').map((f) => text.slice(f.start, f.end));
  it.each([
    ["the pt's zip is 73019, which county clinic covers that?", '73019'],
    ['pt lives at zip code 55408 with her sister', '55408'],
    ['pt lives in 54703, needs transport to dialysis', '54703'],
    ['patient resides in 54703, asking about home health', '54703'],
    ["patient's postcode is LS6 2AB, the district nurses can go Thursday", 'LS6 2AB'],
  ])('warns on %j', (text, zip) => {
    expect(scan(text).verdict, text).toBe('warn');
    expect(warnedZips(text), text).toEqual([zip]);
  });

  it('leaves a ZIP code with no patient label to the models', () => {
    expect(scan('Our new urgent care at zip 73019 opens Monday').verdict).toBe('ok');
    expect(scan('my zip is 55408, does anyone know a good dentist nearby?').verdict).toBe('ok');
  });
});

describe('word lists shared by the rules of a file', () => {
  it('puts each named list in place of its name', () => {
    const labelled = builtInRuleData().find((r) => r.id === 'phone.labelled')!;
    expect(labelled.context!.every((c) => Array.isArray(c.words) && c.words.length > 0)).toBe(true);
    expect(labelled.context!.some((c) => c.words.includes("pt's cell"))).toBe(true);
  });

  it('refuses a name with no list, naming the rule and the list', () => {
    const rule = { id: 'demo.rule', category: 'PHONE', safeHarbor: 'D', description: '', reason: '', patterns: [], examples: { match: [], noMatch: [] } } as const;
    const file = { wordLists: { known: ['cell'] }, rules: [{ ...rule, context: [{ wordList: 'known', before: 9, after: 0, delta: 0.1 }] }] };
    expect(resolveWordLists(file as never)[0].context![0].words).toEqual(['cell']);
    const broken = { rules: [{ ...rule, context: [{ wordList: 'missing', before: 9, after: 0, delta: 0.1 }] }] };
    expect(() => resolveWordLists(broken as never)).toThrow('Rule "demo.rule" names the word list "missing"');
  });
});

describe('a full name written as the patient’s', () => {
  // The names need the knowledge's name tables (given name and surname), as the extension has after the first focus.
  const scanWithKnowledge = async (text: string) => (await import('../../../src/detector/node')).scan(text, { sensitivity: 'low' });
  it.each([
    ['Patient: Henrietta Vasko, 58, follow-up for her thyroid', 'Henrietta Vasko'],
    ['Summarize: patient Dwayne Hollister was seen today, started on lisinopril.', 'Dwayne Hollister'],
    ['pt Ingrid Solberg still waiting on her MRI', 'Ingrid Solberg'],
    ['Paciente: Rosa Villalobos, control de presión', 'Rosa Villalobos'],
  ])('warns on %j even at low sensitivity', async (text, name) => {
    const result = await scanWithKnowledge(text);
    expect(result.verdict, text).toBe('warn');
    expect(warningsOf(result).filter((f) => f.category === 'NAME').map((f) => text.slice(f.start, f.end)), text).toContain(name);
    // The finding shown is the one that warns, with its reason, not an overlapping lexicon match.
    expect(warningsOf(result).find((f) => f.category === 'NAME')?.ruleId, text).toMatch(/^name\.(?:patient|label)$/);
  });

  it('leaves a placeholder, a resident who may be staff, a quoted example and a first name alone to the models', async () => {
    await import('../../../src/detector/node');
    const { analyzeParagraph } = await import('../../../src/detector/analyze');
    const { builtInRules } = await import('../../../src/detector/rules');
    for (const text of [
      'In the charting class every sample chart is for pt John Doe.',
      'Chief Resident Tobias Wendt ran the morning report.',
      'Never write “patient Dwayne Hollister” in a caption.',
      'Patient Ingrid says hello to everyone.',
    ]) {
      const labelled = analyzeParagraph(text, builtInRules()).candidates.filter((c) => c.features?.patientLabel);
      expect(labelled.map((c) => text.slice(c.start, c.end)), text).toEqual([]);
      expect((await scanWithKnowledge(text)).verdict, text).toBe('ok');
    }
  });
});
