import { describe, expect, it } from 'vitest';
import { isPublishKey, mayPublish, type KeyFacts } from '../../../src/content/intercept/keys';

const key = (over: Partial<KeyFacts>): KeyFacts => ({
  key: 'Enter', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, isComposing: false, keyCode: 13, ...over,
});
const ctrlEnterSite = { submitKeys: [{ key: 'Enter', ctrlOrMeta: true }], enterSends: false, suggestionsOpen: false };
const enterSite = { ...ctrlEnterSite, enterSends: true };

describe('isPublishKey', () => {
  it.each([
    ['Ctrl+Enter on a Ctrl+Enter site', key({ ctrlKey: true }), ctrlEnterSite, true],
    ['Cmd+Enter on a Ctrl+Enter site', key({ metaKey: true }), ctrlEnterSite, true],
    ['plain Enter where Enter is a new line', key({}), ctrlEnterSite, false],
    ['plain Enter where Enter sends', key({}), enterSite, true],
    ['Shift+Enter never publishes', key({ shiftKey: true }), enterSite, false],
    ['Ctrl+Shift+Enter never publishes', key({ shiftKey: true, ctrlKey: true }), ctrlEnterSite, false],
    ['Alt+Enter is not a publish', key({ altKey: true }), enterSite, false],
    ['Enter during IME composition', key({ isComposing: true }), enterSite, false],
    ['IME keyCode 229', key({ keyCode: 229 }), enterSite, false],
    ['Enter while a suggestion list is open', key({}), { ...enterSite, suggestionsOpen: true }, false],
    ['Ctrl+Enter on a site with no shortcut', key({ ctrlKey: true }), { ...enterSite, submitKeys: [] }, false],
    ['other keys', key({ key: 'a', keyCode: 65 }), enterSite, false],
  ])('%s', (_name, facts, ctx, expected) => {
    expect(isPublishKey(facts, ctx)).toBe(expected);
  });

  it('the cheap pre-filter lets only Enter without Shift/Alt/IME through', () => {
    expect(mayPublish(key({}))).toBe(true);
    expect(mayPublish(key({ ctrlKey: true }))).toBe(true);
    expect(mayPublish(key({ key: 'a' }))).toBe(false);
    expect(mayPublish(key({ shiftKey: true }))).toBe(false);
    expect(mayPublish(key({ isComposing: true }))).toBe(false);
  });
});
