import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';
import { effectiveFromLayers } from '../../../src/policy/merge';
import { policyToScanOptions } from '../../../src/policy/policy-file';

describe('effectiveFromLayers', () => {
  it('uses defaults when no layer sets anything', () => {
    const s = effectiveFromLayers(DEFAULT_POLICY, {}, {});
    expect(s).toMatchObject({ mode: 'warn', sensitivity: 'medium', locked: [], pausedUntil: 0 });
  });

  it('lets user settings override defaults and managed policy override both, locking its keys', () => {
    const s = effectiveFromLayers(DEFAULT_POLICY, { sensitivity: 'low', allowList: ['mine'] }, { mode: 'block', allowList: ['org'] });
    expect(s.mode).toBe('block');
    expect(s.allowList).toEqual(['org']);
    expect(s.sensitivity).toBe('low');
    expect(s.locked.sort()).toEqual(['allowList', 'mode']);
  });

  it('never lets the user sensitivity fall below the managed floor', () => {
    const s = effectiveFromLayers(DEFAULT_POLICY, { sensitivity: 'low' }, { minSensitivity: 'high' });
    expect(s.sensitivity).toBe('high');
    expect(s.locked).toEqual(['minSensitivity']);
    expect(effectiveFromLayers(DEFAULT_POLICY, { minSensitivity: 'high' }, {}).minSensitivity).toBe('low');
  });

  it('locks categories one by one', () => {
    const s = effectiveFromLayers(DEFAULT_POLICY, { categories: { NAME: false, SSN: false } }, { categories: { SSN: true } });
    expect(s.categories).toEqual({ NAME: false, SSN: true });
    expect(s.lockedCategories).toEqual(['SSN']);
    expect(s.locked).not.toContain('categories');
  });

  it('puts organisation rules first and drops user rules that reuse their ids', () => {
    const org = { id: 'mrn', category: 'MRN' as const, pattern: 'MRN\\d+' };
    const s = effectiveFromLayers(DEFAULT_POLICY,
      { customRules: [{ id: 'mrn', category: 'MRN', pattern: 'x' }, { id: 'mine', category: 'ROOM', pattern: 'bay \\d' }] },
      { customRules: [org] });
    expect(s.customRules.map((r) => r.id)).toEqual(['mrn', 'mine']);
    expect(s.customRules[0]).toEqual(org);
    expect(s.managedRuleIds).toEqual(['mrn']);
  });

  it('merges audit settings over the default retention', () => {
    const s = effectiveFromLayers(DEFAULT_POLICY, {}, { audit: { endpoint: 'https://c.example.org/v1/logs' } });
    expect(s.audit).toEqual({ retentionDays: 30, endpoint: 'https://c.example.org/v1/logs' });
    expect(s.locked).toContain('audit');
  });

  it('does not mutate the defaults', () => {
    effectiveFromLayers(DEFAULT_POLICY, { categories: { NAME: false } }, {});
    expect(DEFAULT_POLICY.categories).toEqual({});
  });
});

describe('policyToScanOptions (CLI)', () => {
  it('applies a policy file as managed policy and reports what it ignored', () => {
    const { options, problems, settings } = policyToScanOptions({
      minSensitivity: 'high', allowList: ['555-0100'], categories: { URL: false },
      customRules: [{ id: 'bad', category: 'MRN', pattern: '(a+)+$' }, { id: 'ok', category: 'MRN', pattern: 'MRN\\d{6}' }],
    });
    expect(options).toEqual({
      sensitivity: 'high', categories: { URL: false }, allowList: ['555-0100'],
      customRules: [{ id: 'ok', category: 'MRN', pattern: 'MRN\\d{6}' }],
    });
    expect(problems).toMatchObject([{ source: 'file', path: 'customRules[0].pattern' }]);
    expect(settings.locked).toContain('allowList');
  });
});
