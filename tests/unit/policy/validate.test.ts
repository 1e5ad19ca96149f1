import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../../src/policy/validate';
import { MAX_PATTERN_LENGTH } from '../../../src/policy/validate-rules';

const paths = (raw: unknown, source: 'managed' | 'user' | 'file' = 'managed') =>
  validatePolicy(raw, source).problems.map((p) => p.path);

describe('validatePolicy', () => {
  it('accepts a complete valid policy unchanged', () => {
    const raw = {
      mode: 'justify', sensitivity: 'high', minSensitivity: 'medium', categories: { NAME: true, STORY: false },
      disabledSites: ['reddit'], extraSites: ['forum.example.org', '*.intranet.example.org'],
      allowList: ['555-0100'], justificationReasons: ['Consent on file'], policyUrl: 'https://example.org/policy',
      orgName: 'General', supportContact: 'privacy@example.org', allowPause: false,
      acknowledgement: { required: true, text: 'I have read it', version: '2' },
      audit: { retentionDays: 90, endpoint: 'https://otel.example.org/v1/logs' },
      customRules: [{ id: 'mrn', category: 'MRN', pattern: '\\bMRN:?\\s*\\d{7}\\b', flags: 'i', keywords: ['mrn'], confidence: 0.9 }],
    };
    const { policy, problems } = validatePolicy(raw, 'managed');
    expect(problems).toEqual([]);
    expect(policy).toEqual(raw);
  });

  it('reports a non-object policy and applies nothing', () => {
    expect(validatePolicy('warn', 'file')).toMatchObject({ policy: {}, problems: [{ path: '', source: 'file' }] });
    expect(validatePolicy(undefined, 'managed')).toEqual({ policy: {}, problems: [] });
  });

  it('drops wrong types and unknown values but keeps the rest', () => {
    const { policy, problems } = validatePolicy(
      { mode: 'blocky', sensitivity: 5, allowPause: 'yes', orgName: 'Ok', categories: { NAME: 'on', BOGUS: true, SSN: true }, markIdentifiers: 'no' },
      'managed',
    );
    expect(policy).toEqual({ orgName: 'Ok', categories: { SSN: true } });
    expect(problems.map((p) => p.path)).toEqual(['mode', 'sensitivity', 'allowPause', 'categories.NAME', 'categories.BOGUS', 'markIdentifiers']);
    expect(problems[0].message).toMatch(/must be one of "audit", "warn", "justify", "block"/);
    expect(problems[4].message).toMatch(/unknown category "BOGUS"/);
  });

  it('reports keys named like Object.prototype members as unknown instead of calling them', () => {
    const raw = JSON.parse('{"__proto__": null, "constructor": 1, "toString": "x", "sensitivity": "high"}');
    const { policy, problems } = validatePolicy(raw, 'managed');
    expect(policy.sensitivity).toBe('high');
    expect(problems.map((p) => p.path).sort()).toEqual(['__proto__', 'constructor', 'toString']);
  });

  it('reports unknown keys and unknown site ids', () => {
    expect(paths({ blockMode: true })).toEqual(['blockMode']);
    const { policy, problems } = validatePolicy({ disabledSites: ['x', 'myspace'] }, 'managed');
    expect(policy.disabledSites).toEqual(['x']);
    expect(problems[0]).toMatchObject({ path: 'disabledSites[1]' });
    expect(problems[0].message).toMatch(/unknown site id "myspace"/);
  });

  it('only accepts https URLs, and plain http only to localhost for the audit endpoint', () => {
    expect(paths({ policyUrl: 'http://example.org/p' })).toEqual(['policyUrl']);
    expect(paths({ policyUrl: 'javascript:alert(1)' })).toEqual(['policyUrl']);
    expect(paths({ audit: { endpoint: 'http://collector.example.org/v1/logs' } })).toEqual(['audit.endpoint']);
    expect(paths({ audit: { endpoint: 'http://127.0.0.1:4318/v1/logs' } })).toEqual([]);
    expect(paths({ audit: { endpoint: 'http://localhost:4318/v1/logs' } })).toEqual([]);
    expect(paths({ audit: { endpoint: 'https://user:pw@example.org/v1/logs' } })).toEqual(['audit.endpoint']);
    expect(paths({ audit: { retentionDays: 0, extra: 1 } })).toEqual(['audit.retentionDays', 'audit.extra']);
  });

  it('checks extra site host names', () => {
    expect(paths({ extraSites: ['https://forum.example.org', 'Forum.example.org', 'localhost', 'ok.example.org'] }))
      .toEqual(['extraSites[0]', 'extraSites[1]', 'extraSites[2]']);
  });

  it('rejects custom rules that do not compile, have bad flags or backtrack catastrophically', () => {
    const { policy, problems } = validatePolicy({
      customRules: [
        { id: 'good', category: 'MRN', pattern: 'MRN\\d{6}' },
        { id: 'broken', category: 'MRN', pattern: '(unclosed' },
        { id: 'flags', category: 'MRN', pattern: 'x', flags: 'g' },
        { id: 'twice', category: 'MRN', pattern: 'x', flags: 'ii' },
        { id: 'redos', category: 'OTHER_ID', pattern: '(a+)+$' },
        { id: 'redos2', category: 'OTHER_ID', pattern: '(\\w+\\s?)+!' },
        { id: 'long', category: 'MRN', pattern: 'a'.repeat(MAX_PATTERN_LENGTH + 1) },
        { id: 'empty', category: 'MRN', pattern: 'x*' },
        { id: 'cat', category: 'PATIENT', pattern: 'x' },
        { id: 'good', category: 'MRN', pattern: 'other' },
        { id: 'bad id!', category: 'MRN', pattern: 'x' },
        'not a rule',
      ],
    }, 'managed');
    expect(policy.customRules?.map((r) => r.id)).toEqual(['good']);
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
    expect(byPath['customRules[1].pattern']).toMatch(/does not compile/);
    expect(byPath['customRules[2].flags']).toMatch(/flag "g" is not allowed/);
    expect(byPath['customRules[3].flags']).toMatch(/appears twice/);
    expect(byPath['customRules[4].pattern']).toMatch(/backtrack catastrophically/);
    expect(byPath['customRules[5].pattern']).toMatch(/backtrack catastrophically|too complex to prove safe/);
    expect(byPath['customRules[6].pattern']).toMatch(/limit is 500/);
    expect(byPath['customRules[7].pattern']).toMatch(/matches empty text/);
    expect(byPath['customRules[8].category']).toMatch(/unknown category "PATIENT"/);
    expect(byPath['customRules[9].id']).toMatch(/duplicate rule id "good"/);
    expect(byPath['customRules[10].id']).toBeDefined();
    expect(byPath['customRules[11]']).toMatch(/must be an object/);
  });

  it('accepts ordinary unanchored organisation rules', () => {
    const ok = ['\\bMRN:?\\s*\\d{7}\\b', '\\b[A-Z]{2}\\d{6}\\b', 'Ward\\s+(?:4B|5C)', '[a-z]+@[a-z]+\\.com'];
    const { problems } = validatePolicy({ customRules: ok.map((pattern, i) => ({ id: `r${i}`, category: 'OTHER_ID', pattern })) }, 'managed');
    expect(problems).toEqual([]);
  });

  it('keeps a rule but drops a bad optional field', () => {
    const { policy, problems } = validatePolicy({ customRules: [{ id: 'r', category: 'MRN', pattern: 'x1', confidence: 2, keywords: [1], colour: 'red' }] }, 'managed');
    expect(policy.customRules).toEqual([{ id: 'r', category: 'MRN', pattern: 'x1' }]);
    expect(problems.map((p) => p.path)).toEqual(['customRules[0].colour', 'customRules[0].keywords', 'customRules[0].confidence']);
  });

  it('refuses organisation-only keys in user settings', () => {
    const { policy, problems } = validatePolicy({ mode: 'audit', sensitivity: 'high', markIdentifiers: false }, 'user');
    expect(policy).toEqual({ sensitivity: 'high', markIdentifiers: false });
    expect(problems).toMatchObject([{ source: 'user', path: 'mode', message: expect.stringMatching(/only your organisation/) }]);
  });

  it('allows a long acknowledgement text but not an endless one', () => {
    expect(paths({ acknowledgement: { text: 'a'.repeat(3000) } })).toEqual([]);
    expect(paths({ acknowledgement: { text: 'a'.repeat(6000), version: 1 } })).toEqual(['acknowledgement.text', 'acknowledgement.version']);
  });

  it('rejects an empty reason list and keeps the default', () => {
    const { policy, problems } = validatePolicy({ justificationReasons: [] }, 'managed');
    expect(policy).toEqual({});
    expect(problems[0].path).toBe('justificationReasons');
  });

  it('accepts the interface language auto, en or es, and explains anything else', () => {
    expect(validatePolicy({ language: 'es' }, 'managed')).toEqual({ policy: { language: 'es' }, problems: [] });
    const { policy, problems } = validatePolicy({ language: 'es-MX' }, 'managed');
    expect(policy).toEqual({});
    expect(problems[0]).toMatchObject({ path: 'language' });
    expect(problems[0].message).toMatch(/must be one of "auto", "en", "es"/);
    expect(paths({ language: 'es' }, 'user')).toEqual(['language']);
  });
});
