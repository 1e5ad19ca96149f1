import { describe, expect, it } from 'vitest';
import { checkCssSelector, MAX_SELECTOR_LENGTH } from '../../../src/policy/css-selector';

describe('checkCssSelector', () => {
  it('accepts the selectors an administrator writes to repair a site', () => {
    for (const selector of [
      'div[role="button"][aria-label="Publicar"]',
      'div[role="button"]:has(> svg[aria-label="Post"])',
      'form[data-chatgpt-composer] div[contenteditable][role=textbox]',
      '#composer .editor > [contenteditable="true"]',
      'ytcp-commentbox textarea, ytcp-commentbox #textbox',
      'button:not([disabled]):nth-child(2n of .primary)',
      '[data-x="y" i]', 'a ~ b + c', '#\\31 a', ':scope > a', 'a:is(b, c):where(.d)',
    ]) expect(checkCssSelector(selector), selector).toBeNull();
  });

  it('explains what does not parse', () => {
    expect(checkCssSelector('div[')).toMatch(/^is not a valid CSS selector \(expected attribute name\)$/);
    expect(checkCssSelector('a:foo')).toMatch(/unknown or unsupported pseudo-class "foo"/);
    expect(checkCssSelector('a::before')).toMatch(/pseudo-element/);
    expect(checkCssSelector('div) span')).toMatch(/closes nothing/);
    expect(checkCssSelector('a:not(> b)')).toMatch(/only inside :has\(\)/);
    expect(checkCssSelector('a:has(b:is(:has(c)))')).toMatch(/:has\(\) cannot be used inside :has\(\)/);
    expect(checkCssSelector('')).toBe('is empty');
    expect(checkCssSelector('   ')).toBe('is empty');
  });

  it('refuses syntax browsers reject in querySelectorAll, whatever other parsers allow', () => {
    for (const selector of ['a,', 'a >', '>a', '#1a', 'a < b', 'a || b', 'ns|a', '*|a', '[a!=b]', 'div:contains(x)',
      'a:nth-child(foo)', 'a[b=c s]', 'a & b', 'a{}', 'a:is()', 'a:matches(b)']) {
      expect(checkCssSelector(selector), selector).toMatch(/^is not a valid CSS selector/);
    }
  });

  it('caps the length', () => {
    expect(checkCssSelector(`#${'a'.repeat(MAX_SELECTOR_LENGTH - 1)}`)).toBeNull();
    expect(checkCssSelector(`#${'a'.repeat(MAX_SELECTOR_LENGTH)}`)).toMatch(/limit is 300/);
  });
});
