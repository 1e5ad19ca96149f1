import { afterEach, beforeAll } from 'vitest';
import { scan } from '../../../src/detector';
import { applyLanguageSetting, formatList, resolveLanguage, setLanguage, t } from '../../../src/i18n';
import { categoryName, findingReason } from '../../../src/i18n/findings';
import { justificationLabel } from '../../../src/i18n/justification';
import { DEFAULT_JUSTIFICATION_REASONS } from '../../../src/policy/defaults';
import { loadSpanish } from './spanish';

beforeAll(loadSpanish);
afterEach(() => setLanguage('en'));

describe('resolveLanguage', () => {
  it('puts the policy first, then the browser, then English', () => {
    expect(resolveLanguage('es', ['en-US'])).toBe('es');
    expect(resolveLanguage('en', ['es-MX'])).toBe('en');
    expect(resolveLanguage('auto', ['es-419', 'en'])).toBe('es');
    expect(resolveLanguage(undefined, ['es_ES'])).toBe('es');
    expect(resolveLanguage('auto', ['fr-FR', 'es'])).toBe('es');
    expect(resolveLanguage('auto', ['fr-FR', undefined])).toBe('en');
    expect(resolveLanguage('auto', [])).toBe('en');
  });

  it('follows the extension API when the policy says auto', async () => {
    const scope = globalThis as { chrome?: unknown };
    const saved = scope.chrome;
    scope.chrome = { i18n: { getUILanguage: () => 'es-AR' } };
    try {
      expect(await applyLanguageSetting('auto')).toBe('es');
      expect(await applyLanguageSetting('en')).toBe('en');
    } finally {
      scope.chrome = saved;
    }
  });
});

describe('t', () => {
  it('looks up the current language and substitutes $1', () => {
    expect(t('dialogProceedPost')).toBe('Post anyway');
    expect(t('dialogPolicyLinkNamed', 'Mercy Health')).toBe('Mercy Health social media policy');
    setLanguage('es');
    expect(t('dialogProceedPost')).toBe('Publicar de todos modos');
    expect(t('dialogPolicyLinkNamed', 'Mercy Health')).toBe('Política de redes sociales de Mercy Health');
  });

  it('joins lists the way each language does', () => {
    expect(formatList(['a', 'b', 'c'])).toBe('a, b, and c');
    setLanguage('es');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b y c');
  });
});

describe('findings in the interface language', () => {
  it('names categories and explains rules in Spanish, by rule id', () => {
    const { findings } = scan('Pt MRN: 00482917, call 630-555-0194');
    const mrn = findings.find((f) => f.category === 'MRN')!;
    expect(findingReason(mrn)).toBe(mrn.reason);
    setLanguage('es');
    expect(categoryName('MRN')).toBe('Número de historia clínica');
    expect(findingReason(mrn)).toBe('Parece un número de historia clínica.');
  });

  it('words a story from its evidence, and falls back to the detector when there is none', () => {
    const story = { category: 'STORY' as const, ruleId: 'story.context', reason: 'English story.',
      evidence: [{ kind: 'age' as const, text: '93' }, { kind: 'place' as const, text: 'Walmart' }, { kind: 'day' as const, text: 'Sunday' }] };
    expect(findingReason(story)).toBe('This reads as a story about a particular patient. Together, an age ("93"), a place ("Walmart"), and a day ("Sunday") can let people who know them recognise them, even without a name.');
    setLanguage('es');
    expect(findingReason(story)).toBe('Parece la historia de un paciente concreto. Juntos, una edad («93»), un lugar («Walmart») y un día («Sunday») pueden permitir que quienes lo conocen lo reconozcan, aunque no se diga su nombre.');
    expect(findingReason({ ...story, evidence: undefined })).toBe('English story.');
    expect(findingReason({ category: 'MRN', ruleId: 'future.rule', reason: 'Detector words.' })).toBe('Detector words.');
  });

  it('words the role group as a role or a community, since it holds both ("mayor", "small town")', () => {
    const story = { category: 'STORY' as const, ruleId: 'story.context', reason: 'English story.', evidence: [{ kind: 'role' as const, text: 'small town' }] };
    expect(findingReason(story)).toContain('a role or community ("small town")');
    setLanguage('es');
    expect(findingReason(story)).toContain('un papel o una comunidad («small town»)');
  });

  it('keeps an organisation rule\'s own description, and translates the generic one', () => {
    setLanguage('es');
    expect(findingReason({ category: 'MRN', ruleId: 'custom.mercy-mrn', reason: 'Mercy MRN format' })).toBe('Mercy MRN format');
    expect(findingReason({ category: 'MRN', ruleId: 'custom.x', reason: 'This matches a rule set by your organisation.' }))
      .toBe('Coincide con una regla de su organización.');
  });

  it('translates the default justification reasons only', () => {
    setLanguage('es');
    expect(DEFAULT_JUSTIFICATION_REASONS.map(justificationLabel)).toEqual([
      'La autorización por escrito del paciente consta en su expediente', 'No se trata de un paciente real',
      'La información está anonimizada o ya es pública', 'Otro motivo']);
    expect(justificationLabel('Approved by comms')).toBe('Approved by comms');
  });
});
