import { afterEach, describe, expect, it } from 'vitest';
import { checkPatternBacktracking } from '../../../src/policy/regex-safety';
import { verdictKey } from '../../../src/policy/regex-verdicts';
import { loadSettings, resetUserSetting, saveUserSettings, usePatternCheck, watchSettings } from '../../../src/policy/settings';
import { installFakeExtension, removeFakeExtension } from './fake-extension';

afterEach(removeFakeExtension);

describe('loadSettings', () => {
  it('serves defaults outside an extension', async () => {
    expect((await loadSettings()).mode).toBe('warn');
  });

  it('treats Firefox "Managed storage manifest not found" as no policy, quietly', async () => {
    const fake = installFakeExtension({ managedError: new Error('Managed storage manifest not found') });
    await fake.storage.sync.set({ sensitivity: 'high' });
    const s = await loadSettings();
    expect(s).toMatchObject({ sensitivity: 'high', locked: [], problems: [] });
  });

  it('merges user and managed layers and reports bad managed values', async () => {
    const fake = installFakeExtension();
    fake.storage.managed.replace({ mode: 'block', minSensitivity: 'medium', sensitivity: 7 });
    await fake.storage.sync.set({ sensitivity: 'low', mode: 'audit' });
    const s = await loadSettings();
    expect(s.mode).toBe('block');
    expect(s.sensitivity).toBe('medium');
    expect(s.problems.map((p) => `${p.source}:${p.path}`)).toEqual(['managed:sensitivity', 'user:mode']);
  });

  it('honours a pause only while policy allows pausing and it has not expired', async () => {
    const fake = installFakeExtension();
    await fake.storage.local.set({ pausedUntil: Date.now() + 60_000 });
    expect((await loadSettings()).pausedUntil).toBeGreaterThan(Date.now());
    fake.storage.managed.replace({ allowPause: false });
    expect((await loadSettings()).pausedUntil).toBe(0);
  });

  it('holds back custom rules until the worker has checked them, then applies its verdict', async () => {
    const fake = installFakeExtension();
    fake.storage.managed.replace({ customRules: [{ id: 'mrn', category: 'MRN', pattern: 'MRN\\d{6}' }] });
    let s = await loadSettings();
    expect(s.customRules).toEqual([]);
    await fake.storage.local.set({ regexVerdicts: { [verdictKey('MRN\\d{6}', '')]: null } });
    s = await loadSettings();
    expect(s.customRules.map((r) => r.id)).toEqual(['mrn']);
  });
});

describe('pattern checks', () => {
  it('reuses a stored verdict before running the analyser', async () => {
    let analysed = 0;
    usePatternCheck((pattern, flags) => { analysed += 1; return checkPatternBacktracking(pattern, flags); });
    const fake = installFakeExtension();
    fake.storage.managed.replace({ customRules: [{ id: 'a', category: 'MRN', pattern: 'A\\d{6}' }, { id: 'b', category: 'MRN', pattern: 'B\\d{6}' }] });
    await fake.storage.local.set({ regexVerdicts: { [verdictKey('A\\d{6}', '')]: null } });
    expect((await loadSettings()).customRules.map((r) => r.id)).toEqual(['a', 'b']);
    expect(analysed).toBe(1);
    usePatternCheck(checkPatternBacktracking);
  });
});

describe('watchSettings', () => {
  it('fires on sync, managed and pause changes but not on audit writes', async () => {
    const fake = installFakeExtension();
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.mode));
    fake.storage.managed.replace({ mode: 'audit' });
    await new Promise((r) => setTimeout(r, 10));
    await fake.storage.local.set({ auditEvents: [] });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['audit']);
    stop();
    fake.storage.managed.replace({ mode: 'block' });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['audit']);
  });
});

describe('saveUserSettings', () => {
  it('writes valid user keys and refuses locked ones', async () => {
    usePatternCheck(checkPatternBacktracking);
    const fake = installFakeExtension();
    fake.storage.managed.replace({ allowList: ['org'], categories: { SSN: true }, customRules: [{ id: 'mrn', category: 'MRN', pattern: 'MRN\\d{6}' }] });
    const result = await saveUserSettings({
      sensitivity: 'high', allowList: ['mine'], mode: 'audit', categories: { SSN: false, NAME: false },
      customRules: [{ id: 'mrn', category: 'MRN', pattern: 'x1' }, { id: 'bay', category: 'ROOM', pattern: 'bay \\d+' }],
    });
    expect(result.saved.sort()).toEqual(['categories', 'customRules', 'sensitivity']);
    expect(result.problems.map((p) => p.path).sort()).toEqual(['allowList', 'categories.SSN', 'customRules[0].id', 'mode']);
    expect(await fake.storage.sync.get(null)).toEqual({
      sensitivity: 'high', categories: { NAME: false }, customRules: [{ id: 'bay', category: 'ROOM', pattern: 'bay \\d+' }],
    });
    await resetUserSetting('sensitivity');
    expect(await fake.storage.sync.get('sensitivity')).toEqual({});
  });

  it('does not write a rejected value', async () => {
    usePatternCheck(checkPatternBacktracking);
    const fake = installFakeExtension();
    const result = await saveUserSettings({ customRules: [{ id: 'bad', category: 'MRN', pattern: '(a+)+$' }] });
    expect(result.problems[0].message).toMatch(/catastrophically/);
    expect(await fake.storage.sync.get(null)).toEqual({ customRules: [] });
  });
});
