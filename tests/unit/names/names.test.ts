// Names found with the census-scale knowledge, and the built-in core before it arrives. Every
// sentence here is invented for the test.
import { afterEach, describe, expect, it } from 'vitest';
import { PACKAGED_KNOWLEDGE as data } from '../../../src/detector/knowledge/packaged';
import { installKnowledge, type KnowledgeData } from '../../../src/detector/knowledge';
import { detectNames } from '../../../src/detector/names/detect';
import { scan } from '../../../src/detector';

afterEach(() => installKnowledge(data as KnowledgeData));

const names = (text: string, minConfidence = 0.3) =>
  detectNames(text, text.toLowerCase()).filter((c) => c.confidence >= minConfidence).map((c) => text.slice(c.start, c.end));
const byRule = (text: string, rule: string) => detectNames(text, text.toLowerCase()).filter((c) => c.ruleId === rule);

describe('names with the knowledge installed', () => {
  it('reads names after titles of other languages and communities', () => {
    expect(names('Señora Itzayana Quispe waited two hours for the scan.')).toContain('Itzayana Quispe');
    expect(names('Doña Remedios fell again at home, poor thing.')).toContain('Remedios');
    expect(names('Tita Marisol brought lumpia for the whole unit.')).toContain('Marisol');
    expect(names('Frau Oberhuber asked for her glasses twice.')).toContain('Oberhuber');
    expect(names('Madame Thibodeaux refused the night meds.')).toContain('Thibodeaux');
    expect(names('la signora Gianna Lovisolo ha chiesto di nuovo il caffè')).toContain('Gianna Lovisolo');
    expect(names('meneer Brouwersma wil vandaag naar huis')).toContain('Brouwersma');
    expect(names('pani Jadwiga Sroczyńska dziękuje całemu oddziałowi')).toContain('Jadwiga Sroczyńska');
    expect(names('doamna Viorica Tănase a mâncat tot')).toContain('Viorica Tănase');
    expect(names('hôm nay bà Trương Thị Hoa đã tự đi lại')).toContain('Trương Thị Hoa');
    expect(names('Mzee Baraka Mwangosi amerudi nyumbani')).toContain('Baraka Mwangosi');
  });
  it('does not read words after a title-like word as names', () => {
    expect(names('Ate lunch at my desk again.')).toEqual([]);
    expect(byRule('the signora in the story was a Vermeer painting', 'name.title-intl')).toHaveLength(0);
    expect(byRule('Our Sr. Design Engineer fixed the pumps.', 'name.title-intl')).toHaveLength(0);
  });
  it('keeps particles and double surnames inside the name', () => {
    expect(names('Patient: Rosalba Ferreira dos Anjos, admitted overnight.')).toContain('Rosalba Ferreira dos Anjos');
    expect(names('Her husband, Evaristo de la Fuente, stayed all night.')).toContain('Evaristo de la Fuente');
  });
  it('reads a lower-case name after a strong cue when it is no everyday word', () => {
    expect(names('pt: dashiell okonjo, bed 4')).toContain('dashiell okonjo');
    expect(names('her son is visiting later')).toEqual([]);
  });
  it('reads a given name that is also a word when a surname that is no word follows it', () => {
    expect(names('Please draft a follow-up note for Ray Vanderslice about his new inhaler.')).toContain('Ray Vanderslice');
    expect(names('Bill Quackenbush came back with the same cough.')).toContain('Bill Quackenbush');
    // The first word must be a given name often enough, and the second a census surname and no everyday word.
    expect(byRule('Will Vanderslice be on call tonight?', 'name.lexicon')).toEqual([]);
    expect(byRule('The Ray Garden opens at noon.', 'name.lexicon')).toEqual([]);
    expect(byRule('Ray Stuckenbruck', 'name.lexicon')).toEqual([]);
  });
  it('reads a family by its plural possessive, a word between', () => {
    expect(names('We finally sent the Quarringtons\' newborn twins home today.')).toContain('Quarringtons');
    expect(byRule('We finally sent the Quarringtons\' newborn twins home today.', 'name.family')).toHaveLength(1);
    expect(byRule('The hospital\'s new baby unit opens in May.', 'name.family')).toEqual([]);
  });
  it('knows surnames far beyond the core lexicon', () => {
    expect(names('Mrs. Wojciechowska-Baptiste was discharged home.')).toContain('Wojciechowska-Baptiste');
  });
  it('keeps colleagues out', () => {
    expect(names('Thanks to Pastor Idris Obuya, RN for covering.', 0.5)).toEqual([]);
    expect(names('Dr. Oyelaran-Whitfield gave a great talk.', 0.5)).toEqual([]);
  });
  it('emits a lone first name as a low-confidence candidate with its evidence', () => {
    const [single] = byRule('Marisela came back in with the same pain.', 'name.single');
    expect(single).toBeDefined();
    expect(single.confidence).toBeLessThan(0.35);
    expect(single.features).toMatchObject({ 'cue.single': 1, single: 1, capitalised: 1, known: 1, sentenceStart: 1 });
    expect(single.features!.given).toBeGreaterThan(0.9);
    expect(byRule('Will you cover my shift?', 'name.single')).toEqual([]);
  });
  it('describes every name candidate with features', () => {
    const found = detectNames('Mrs. Quispe and her daughter Yolotli, 81F', 'mrs. quispe and her daughter yolotli, 81f');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) {
      expect(c.features, c.ruleId).toBeDefined();
      expect(Object.keys(c.features!).some((k) => k.startsWith('cue.'))).toBe(true);
      for (const k of ['given', 'surname', 'common', 'capitalised', 'lower', 'single', 'words', 'known']) expect(c.features![k], k).toBeTypeOf('number');
    }
  });
});

describe('names on the built-in core before the knowledge arrives', () => {
  it('still finds names after a title and warns', () => {
    installKnowledge(null);
    expect(names('Mrs. Winterbourne-Quell was discharged to rehab today.')).toContain('Winterbourne-Quell');
    expect(scan('Mrs. Winterbourne-Quell in room 12 was discharged to rehab today.').verdict).toBe('warn');
    expect(byRule('Marisela came back in with the same pain.', 'name.single')).toEqual([]);
  });

  it('takes a lower-case word after a cue only when the built-in lexicon knows it as a name', () => {
    installKnowledge(null);
    expect(byRule('her son at the bedside asked for an update', 'name.relative')).toEqual([]);
    expect(byRule('his wife stayed overnight again', 'name.relative')).toEqual([]);
    expect(names('her son michael stayed overnight again')).toContain('michael');
  });
});
