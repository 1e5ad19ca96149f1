import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';
import { effectiveFromLayers } from '../../../src/policy/merge';
import { policyToScanOptions } from '../../../src/policy/policy-file';
import { validatePolicy } from '../../../src/policy/validate';
import { MAX_LABEL_LENGTH, MAX_SUBMIT_LABELS } from '../../../src/policy/validate-site-overrides';

const problemsByPath = (raw: unknown) =>
  Object.fromEntries(validatePolicy(raw, 'managed').problems.map((p) => [p.path, p.message]));

describe('siteOverrides in policy', () => {
  it('accepts selectors and labels for known sites unchanged', () => {
    const siteOverrides = {
      facebook: { submit: 'div[role="button"]:has(> svg[aria-label="Share"])', submitLabels: ['Publicar', 'Publier'] },
      chatgpt: { composer: 'form[data-chatgpt-composer] [contenteditable="true"]', submit: 'button[aria-label="Send"]' },
    };
    const { policy, problems } = validatePolicy({ siteOverrides }, 'managed');
    expect(problems).toEqual([]);
    expect(policy.siteOverrides).toEqual(siteOverrides);
  });

  it('reports a selector that does not parse with its path, and keeps the rest of the entry and the policy', () => {
    const { policy, problems } = validatePolicy({
      mode: 'block',
      siteOverrides: { facebook: { composer: '[role="textbox"]', submit: 'div[' }, x: { submit: '[data-testid="postButton"]' } },
    }, 'managed');
    expect(problems).toEqual([{
      source: 'managed', path: 'siteOverrides.facebook.submit',
      message: '"div[" is not a valid CSS selector (expected attribute name); it was ignored',
    }]);
    expect(policy).toEqual({
      mode: 'block',
      siteOverrides: { facebook: { composer: '[role="textbox"]' }, x: { submit: '[data-testid="postButton"]' } },
    });
  });

  it('reports unknown site ids and unknown fields', () => {
    const { policy, problems } = validatePolicy({
      siteOverrides: { myspace: { submit: 'button' }, reddit: { button: 'x', submit: 'button[type=submit]' } },
    }, 'managed');
    expect(problems.map((p) => p.path)).toEqual(['siteOverrides.myspace', 'siteOverrides.reddit.button']);
    expect(problems[0].message).toMatch(/unknown site id "myspace" was ignored \(known: x, facebook/);
    expect(problems[1].message).toMatch(/unknown field "button" was ignored \(known: composer, submit, submitLabels\)/);
    expect(policy.siteOverrides).toEqual({ reddit: { submit: 'button[type=submit]' } });
  });

  it('rejects wrong types at every level', () => {
    expect(problemsByPath({ siteOverrides: ['facebook'] })).toEqual({ siteOverrides: expect.stringMatching(/must be an object of site ids/) });
    expect(Object.keys(problemsByPath({ siteOverrides: { x: 'button' } }))).toEqual(['siteOverrides.x']);
    const byPath = problemsByPath({ siteOverrides: { x: { composer: 5, submit: null, submitLabels: 'Post' }, threads: { submitLabels: ['Post', 7, '', ' '] } } });
    expect(Object.keys(byPath)).toEqual([
      'siteOverrides.x.composer', 'siteOverrides.x.submit', 'siteOverrides.x.submitLabels',
      'siteOverrides.threads.submitLabels[1]', 'siteOverrides.threads.submitLabels[2]', 'siteOverrides.threads.submitLabels[3]',
    ]);
    expect(byPath['siteOverrides.x.composer']).toMatch(/must be a CSS selector \(text\), not number 5/);
    expect(byPath['siteOverrides.x.submitLabels']).toMatch(/must be a list of button labels/);
  });

  it('caps label count and length, trims and de-duplicates labels', () => {
    const { policy, problems } = validatePolicy({ siteOverrides: { instagram: {
      submitLabels: [' Publicar ', 'Publicar', 'x'.repeat(MAX_LABEL_LENGTH + 1), ...Array.from({ length: MAX_SUBMIT_LABELS }, (_, i) => `L${i}`)],
    } } }, 'managed');
    expect(policy.siteOverrides?.instagram?.submitLabels?.[0]).toBe('Publicar');
    expect(policy.siteOverrides?.instagram?.submitLabels).toHaveLength(MAX_SUBMIT_LABELS - 2);
    expect(problems.map((p) => p.path)).toEqual(['siteOverrides.instagram.submitLabels[2]', 'siteOverrides.instagram.submitLabels']);
  });

  it('drops an entry with nothing valid left', () => {
    expect(validatePolicy({ siteOverrides: { tiktok: { submit: 'a::after' } } }, 'managed').policy).toEqual({ siteOverrides: {} });
  });

  it('is the organisation\'s to set: refused in user settings, locked and defaulted to {}', () => {
    const { policy, problems } = validatePolicy({ siteOverrides: { x: { submit: 'button' } } }, 'user');
    expect(policy).toEqual({});
    expect(problems[0].message).toMatch(/only your organisation/);
    expect(effectiveFromLayers(DEFAULT_POLICY, {}, {}).siteOverrides).toEqual({});
    const managed = effectiveFromLayers(DEFAULT_POLICY, {}, { siteOverrides: { x: { submit: 'button' } } });
    expect(managed.siteOverrides).toEqual({ x: { submit: 'button' } });
    expect(managed.locked).toContain('siteOverrides');
  });

  it('gives the CLI\'s --policy the same verdict', () => {
    const { problems } = policyToScanOptions({ siteOverrides: { facebook: { submit: 'div[' } } });
    expect(problems).toEqual([{ source: 'file', path: 'siteOverrides.facebook.submit', message: expect.stringMatching(/^"div\[" is not a valid CSS selector/) }]);
  });
});
