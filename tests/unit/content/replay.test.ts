// Resuming a held Enter in a single-line <input> (Instagram's reel comments): a synthetic keydown has no
// default action, so the replay submits the input's form as a trusted Enter would, unless the page
// cancelled the key.
import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/content/intercept/replay';
import type { PublishAttempt } from '../../../src/content/intercept/attempt';
import { adapterForHost } from '../../../src/sites';

const ENTER = { key: 'Enter', code: 'Enter', keyCode: 13, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };

function setUp(cancelKey: boolean) {
  document.body.innerHTML = '<form><input type="text" placeholder="Add a comment…"><div role="button">Post</div></form>';
  const form = document.querySelector('form')!;
  const input = document.querySelector('input')!;
  let submits = 0;
  form.addEventListener('submit', (event) => { event.preventDefault(); submits += 1; });
  if (cancelKey) input.addEventListener('keydown', (event) => event.preventDefault());
  const attempt: PublishAttempt = { trigger: 'key', primary: input, composers: [input], control: null, form: null, origin: input, key: ENTER };
  return { attempt, submits: () => submits };
}

describe('replay of a held Enter', () => {
  const instagram = adapterForHost('www.instagram.com')!;

  it('submits the form of the <input> once, as the browser would', () => {
    const { attempt, submits } = setUp(false);
    replay(attempt, instagram);
    expect(submits()).toBe(1);
  });

  it('does not submit when the page cancelled the key itself', () => {
    const { attempt, submits } = setUp(true);
    replay(attempt, instagram);
    expect(submits()).toBe(0);
  });

  it('Ctrl+Enter is only the key again (no implicit submission)', () => {
    const { attempt, submits } = setUp(false);
    replay({ ...attempt, key: { ...ENTER, ctrlKey: true } }, instagram);
    expect(submits()).toBe(0);
  });
});
