// The guard end to end in happy-dom: interception, the exact-text decision, audit mode, block
// mode, and the one-shot replay after "Post anyway". The detector and the overlay are stubbed.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../src/policy/settings';
import type { EffectiveSettings } from '../../../src/policy/types';
import { fakeLayout } from '../sites/fake-layout';

const state = vi.hoisted(() => ({ settings: null as unknown as EffectiveSettings, answer: { action: 'edit' } as { action: string; reason?: string } }));

vi.mock('../../../src/detector', async () => {
  const scan = (text: string) => {
    const findings = [...text.matchAll(/MRN \d{6,}/g)].map((m) => ({
      start: m.index!, end: m.index! + m[0].length, category: 'MRN', ruleId: 'fake.mrn', confidence: 0.9, reason: 'An MRN.',
    }));
    return { verdict: findings.length ? 'warn' : 'ok', risk: findings.length ? 0.9 : 0, findings };
  };
  return { createIncrementalScanner: () => ({ scan, scanAsync: async (t: string) => scan(t) }) };
});
vi.mock('../../../src/content/overlay/show-warning', () => ({
  warningOpen: () => false,
  showWarning: vi.fn(async () => state.answer),
}));
vi.mock('../../../src/content/messaging', () => ({ reportAudit: vi.fn(), reportFindingsCount: vi.fn(), reportSiteHealth: vi.fn() }));
vi.mock('../../../src/content/settings-state', () => ({
  settings: () => state.settings,
  siteOverride: (id: string) => (state.settings as { siteOverrides?: Record<string, object> }).siteOverrides?.[id],
  currentScanOptions: () => ({}),
  guardActive: (id: string) => !state.settings.disabledSites.includes(id),
  prepareInterface: vi.fn(),
}));

const { Guard } = await import('../../../src/content/guard');
const { installInterceptor } = await import('../../../src/content/intercept/interceptor');
const { x } = await import('../../../src/sites/x');
const { showWarning } = await import('../../../src/content/overlay/show-warning');
const { reportAudit, reportSiteHealth } = await import('../../../src/content/messaging');

const published: string[] = [];
let composer: HTMLElement;
let button: HTMLElement;
let guard: InstanceType<typeof Guard>;

beforeAll(() => {
  fakeLayout();
  state.settings = defaultSettings();
  guard = new Guard();
  installInterceptor(guard);
  window.addEventListener('input', (e) => guard.onInput(e), true);
  guard.activate(x);
});

// Stop the guard's watcher, so no batched refresh fires after the test environment is torn down.
afterAll(() => {
  state.settings = { ...defaultSettings(), disabledSites: ['x'] };
  guard.refreshActivity();
  document.body.innerHTML = '';
});

beforeEach(() => {
  state.settings = defaultSettings();
  state.answer = { action: 'edit' };
  published.length = 0;
  vi.mocked(showWarning).mockClear();
  vi.mocked(reportAudit).mockClear();
  vi.mocked(reportSiteHealth).mockClear();
  guard.refreshActivity();
  document.body.innerHTML = `<main><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div>
    <div data-testid="toolBar"><button data-testid="tweetButtonInline">Post</button></div></main>`;
  composer = document.querySelector('[data-testid="tweetTextarea_0"]')!;
  button = document.querySelector('button')!;
  // The site's own handlers: publish on click and on Ctrl+Enter in the editor.
  button.addEventListener('click', () => published.push(composer.innerText));
  composer.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.ctrlKey) published.push(composer.innerText);
  });
});

const settle = () => new Promise((r) => setTimeout(r, 0));
const ctrlEnter = (init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true, composed: true, ...init });

describe('guard', () => {
  it('lets a clean post through untouched, with no warning', () => {
    composer.textContent = 'Great shift, thanks all';
    button.click();
    expect(published).toEqual(['Great shift, thanks all']);
    expect(showWarning).not.toHaveBeenCalled();
  });

  it('holds a click with PHI, shows the warning, and Edit publishes nothing', async () => {
    composer.textContent = 'Pt in 4, MRN 00482917';
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(published).toEqual([]);
    expect(showWarning).toHaveBeenCalledOnce();
    expect(vi.mocked(showWarning).mock.calls[0][0].findings).toEqual([{ category: 'MRN', ruleId: 'fake.mrn', words: 'MRN 00482917', reason: 'An MRN.' }]);
    await settle();
    expect(published).toEqual([]);
    expect(vi.mocked(reportAudit).mock.calls.map((c) => c[1])).toEqual(['shown', 'edited']);
  });

  it('decides from the exact text at publish time (no typing-time scan needed)', () => {
    composer.textContent = 'pasted just now: MRN 00482917';
    composer.dispatchEvent(ctrlEnter());
    expect(published).toEqual([]);
    expect(showWarning).toHaveBeenCalledOnce();
  });

  it('Post anyway replays the click exactly once with the exact draft', async () => {
    state.answer = { action: 'proceed' };
    composer.textContent = 'MRN 00482917';
    button.click();
    await settle();
    expect(published).toEqual(['MRN 00482917']);
    expect(vi.mocked(reportAudit).mock.calls.map((c) => c[1])).toEqual(['shown', 'posted-anyway']);
    // The pass was for that one publish only: the next attempt is guarded again.
    state.answer = { action: 'edit' };
    button.click();
    await settle();
    expect(published).toEqual(['MRN 00482917']);
  });

  it('after a shortcut, Post anyway replays the same key once on the same editor', async () => {
    state.answer = { action: 'proceed' };
    composer.textContent = 'MRN 00482917';
    composer.dispatchEvent(ctrlEnter());
    await settle();
    expect(published).toEqual(['MRN 00482917']);
  });

  it('does not publish when the draft changed while the warning was up', async () => {
    let resolve!: (v: { action: string }) => void;
    vi.mocked(showWarning).mockImplementationOnce(() => new Promise((r) => (resolve = r)) as never);
    composer.textContent = 'MRN 00482917';
    button.click();
    composer.textContent = 'MRN 00482917 and more';
    resolve({ action: 'proceed' });
    await settle();
    expect(published).toEqual([]);
  });

  it('never intercepts Shift+Enter, IME composition, or a disabled button', () => {
    composer.textContent = 'MRN 00482917';
    composer.dispatchEvent(ctrlEnter({ shiftKey: true }));
    composer.dispatchEvent(ctrlEnter({ isComposing: true }));
    button.setAttribute('aria-disabled', 'true');
    button.click();
    expect(showWarning).not.toHaveBeenCalled();
  });

  it('audit mode: no dialog, the post goes through, an audit event is sent', () => {
    state.settings = { ...defaultSettings(), mode: 'audit' };
    composer.textContent = 'MRN 00482917';
    button.click();
    expect(published).toEqual(['MRN 00482917']);
    expect(showWarning).not.toHaveBeenCalled();
    expect(vi.mocked(reportAudit).mock.calls[0][1]).toBe('audited');
  });

  it('block mode: even a "proceed" answer publishes nothing', async () => {
    state.settings = { ...defaultSettings(), mode: 'block', supportContact: 'privacy desk' };
    state.answer = { action: 'proceed' };
    composer.textContent = 'MRN 00482917';
    button.click();
    await settle();
    expect(published).toEqual([]);
    expect(vi.mocked(showWarning).mock.calls[0][0]).toMatchObject({ mode: 'block', supportContact: 'privacy desk' });
    expect(vi.mocked(reportAudit).mock.calls[0][1]).toBe('blocked');
  });

  it('justify mode: the chosen reason is audited', async () => {
    state.settings = { ...defaultSettings(), mode: 'justify' };
    state.answer = { action: 'proceed', reason: 'Other' };
    composer.textContent = 'MRN 00482917';
    button.click();
    await settle();
    expect(published).toEqual(['MRN 00482917']);
    expect(vi.mocked(reportAudit).mock.calls[1]).toEqual(['x', 'justified', expect.any(Array), 0.9, 'Other']);
  });

  it('a site disabled by policy is not guarded', () => {
    state.settings = { ...defaultSettings(), disabledSites: ['x'] };
    composer.textContent = 'MRN 00482917';
    button.click();
    expect(published).toEqual(['MRN 00482917']);
  });
});

describe('siteOverrides and site health', () => {
  const withOverrides = (siteOverrides: object) => ({ ...defaultSettings(), siteOverrides }) as EffectiveSettings;
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  /** A redesign: no test ids left, an icon-only div publishes. */
  function redesigned(): { editor: HTMLElement; send: HTMLElement } {
    document.body.innerHTML = `<main><div class="cmp-7f" contenteditable="true" role="textbox"></div>
      <div class="tb-2"><div class="icon-send" tabindex="0"></div></div></main>`;
    const editor = document.querySelector<HTMLElement>('.cmp-7f')!;
    const send = document.querySelector<HTMLElement>('.icon-send')!;
    send.addEventListener('click', () => published.push(editor.innerText));
    return { editor, send };
  }

  it("IT's selectors guard an otherwise unrecognisable publish control, applied live and removed live", () => {
    const { editor, send } = redesigned();
    editor.textContent = 'MRN 00482917';
    send.click();
    expect(published).toEqual(['MRN 00482917']);
    state.settings = withOverrides({ x: { composer: '.cmp-7f', submit: '.icon-send' } });
    guard.refreshActivity();
    send.click();
    expect(showWarning).toHaveBeenCalledOnce();
    expect(published).toEqual(['MRN 00482917']);
    state.settings = defaultSettings();
    guard.refreshActivity();
    send.click();
    expect(published).toEqual(['MRN 00482917', 'MRN 00482917']);
  });

  it('a selector that does not parse is ignored; the rest of the override applies', () => {
    const { editor, send } = redesigned();
    state.settings = withOverrides({ x: { composer: '.cmp-7f', submit: 'div[[broken' , submitLabels: ['Go'] } });
    guard.refreshActivity();
    send.textContent = 'Go';
    send.setAttribute('role', 'button');
    editor.textContent = 'MRN 00482917';
    send.click();
    expect(showWarning).toHaveBeenCalledOnce();
    expect(published).toEqual([]);
  });

  it('reports a fallback when the site anchors find nothing and structure takes over', async () => {
    document.body.innerHTML = `<main><div class="r1"><div class="cmp-7f" contenteditable="true" role="textbox"></div>
      <button class="b9">Post</button></div></main>`;
    guard.refreshActivity();
    const editor = document.querySelector<HTMLElement>('.cmp-7f')!;
    editor.textContent = 'hello there';
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await wait(150);
    expect(vi.mocked(reportSiteHealth).mock.calls.map((c) => c[0])).toEqual([
      { siteId: 'x', part: 'composer', state: 'fallback' },
      { siteId: 'x', part: 'submit', state: 'fallback' },
    ]);
  });

  it('reports nothing while the site anchors work', async () => {
    composer.textContent = 'hello there';
    composer.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await wait(150);
    expect(reportSiteHealth).not.toHaveBeenCalled();
  });

  const big = <T extends HTMLElement>(el: T): T => {
    el.getBoundingClientRect = () => ({ x: 0, y: 0, top: 0, left: 0, right: 480, bottom: 90, width: 480, height: 90, toJSON() {} }) as DOMRect;
    return el;
  };

  it('generic guarding: a sizeable editor nothing recognises is adopted when typed into, and reported', async () => {
    document.body.innerHTML = '<main><section><textarea class="t1"></textarea></section></main>';
    guard.refreshActivity();
    const field = big(document.querySelector<HTMLTextAreaElement>('.t1')!);
    field.value = 'hello MRN 00482917';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await wait(150);
    expect(vi.mocked(reportSiteHealth).mock.calls.map((c) => c[0])).toEqual([
      { siteId: 'x', part: 'composer', state: 'fallback' },
      { siteId: 'x', part: 'submit', state: 'missing' },
    ]);
    // Its keys are guarded now (X: Ctrl+Enter).
    const key = ctrlEnter();
    field.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(true);
    expect(showWarning).toHaveBeenCalledOnce();
  });

  it('reports a missing composer for a sizeable comment input the site does not write posts in', async () => {
    document.body.innerHTML = '<main><form><input class="c" placeholder="Add a comment"><div role="button">Reply</div></form></main>';
    guard.refreshActivity();
    const input = big(document.querySelector<HTMLInputElement>('.c')!);
    input.value = 'hello';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await wait(50);
    expect(vi.mocked(reportSiteHealth).mock.calls.map((c) => c[0])).toEqual([{ siteId: 'x', part: 'composer', state: 'missing' }]);
  });

  it('never reports a search box', async () => {
    document.body.innerHTML = '<main><form role="search"><input class="q"><button type="submit">Search</button></form></main>';
    guard.refreshActivity();
    const input = big(document.querySelector<HTMLInputElement>('.q')!);
    input.value = 'hello';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await wait(50);
    expect(reportSiteHealth).not.toHaveBeenCalled();
  });
});
