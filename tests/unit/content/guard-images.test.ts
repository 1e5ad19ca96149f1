// Attached photos in the publish decision (happy-dom): a photo is read when attached, a flagged one
// warns with its findings, a clean one lets the post through with no dialog, a photo still being
// read holds the post behind a "still checking" dialog that proceeds exactly once when the photo is
// clean, and one never answered warns "could not be checked" after the wait. The analyser, the
// detector and the overlay are stubbed.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../src/policy/settings';
import type { EffectiveSettings } from '../../../src/policy/types';
import type { ImageResult } from '../../../src/shared/image-messages';
import { fakeLayout } from '../sites/fake-layout';

const state = vi.hoisted(() => ({
  settings: null as unknown as EffectiveSettings,
  answer: { action: 'edit' } as { action: string; reason?: string },
  open: false,
  settle: null as null | ((choice: { action: string }) => void),
  analyses: [] as Array<{ resolve: (r: ImageResult) => void; name?: string }>,
}));

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
  warningOpen: () => state.open,
  showWarning: vi.fn((request: { checking?: boolean }) => {
    state.open = true;
    if (!request.checking) {
      state.open = false;
      return Promise.resolve(state.answer);
    }
    return new Promise((resolve) => {
      state.settle = (choice) => {
        state.open = false;
        resolve(choice);
      };
    });
  }),
  updateWarning: vi.fn(),
  settleWarning: vi.fn((choice: { action: string }) => state.settle?.(choice)),
}));
vi.mock('../../../src/content/messaging', () => ({ reportAudit: vi.fn(), reportFindingsCount: vi.fn() }));
vi.mock('../../../src/content/settings-state', () => ({
  settings: () => state.settings,
  siteOverride: () => undefined,
  currentScanOptions: () => ({ sensitivity: 'medium' }),
  guardActive: () => true,
  prepareInterface: vi.fn(),
}));
vi.mock('../../../src/content/attachments/analysis-client', () => ({
  requestAnalysis: vi.fn((request: { name?: string }) => new Promise((resolve) => state.analyses.push({ resolve, name: request.name }))),
}));

const { Guard } = await import('../../../src/content/guard');
const { installInterceptor } = await import('../../../src/content/intercept/interceptor');
const { installAttachmentCapture } = await import('../../../src/content/attachments/capture');
const { x } = await import('../../../src/sites/x');
const overlay = await import('../../../src/content/overlay/show-warning');
const { reportAudit } = await import('../../../src/content/messaging');

const published: string[] = [];
let composer: HTMLElement;
let button: HTMLElement;
let input: HTMLInputElement;

const flagged: ImageResult = {
  verdict: 'warn', summary: 'This photo shows a name and a date of birth on what looks like a chart.', width: 800, height: 600,
  format: 'png',
  findings: [
    { start: 0, end: 5, category: 'NAME', ruleId: 'name.label', confidence: 0.9, reason: 'A name.', source: 'ocr', box: { x: 10, y: 10, width: 100, height: 20 } },
    { start: 6, end: 16, category: 'DATE', ruleId: 'date.dob', confidence: 0.9, reason: 'A date of birth.', source: 'ocr', box: { x: 10, y: 40, width: 100, height: 20 } },
  ],
};
const clean: ImageResult = { verdict: 'ok', summary: '', width: 800, height: 600, format: 'jpeg', findings: [] };

function attach(name = 'photo.png'): void {
  const file = new File([new Uint8Array([137, 80, 78, 71])], name, { type: 'image/png' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
const tick = () => new Promise((r) => setTimeout(r, 0));
const answerAll = async (result: ImageResult) => {
  await tick();
  for (const a of state.analyses.splice(0)) a.resolve(result);
  await tick();
};

let guard: InstanceType<typeof Guard>;

beforeAll(() => {
  fakeLayout();
  state.settings = defaultSettings();
  guard = new Guard();
  installInterceptor(guard);
  installAttachmentCapture(guard);
  guard.activate(x);
});

// Stop the guard's watcher (as guard.test.ts does), so no batched refresh fires after the test
// environment is torn down: under load that timer outlived the file and vitest reported it.
afterAll(() => {
  state.settings = { ...defaultSettings(), disabledSites: ['x'] };
  guard.refreshActivity();
  document.body.innerHTML = '';
});

beforeEach(async () => {
  state.settings = defaultSettings();
  state.answer = { action: 'edit' };
  state.open = false;
  state.analyses.length = 0;
  published.length = 0;
  vi.mocked(overlay.showWarning).mockClear();
  vi.mocked(overlay.settleWarning).mockClear();
  vi.mocked(overlay.updateWarning).mockClear();
  vi.mocked(reportAudit).mockClear();
  document.body.innerHTML = `<main><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div>
    <div data-testid="toolBar"><input type="file" accept="image/*"><button data-testid="tweetButtonInline">Post</button></div></main>`;
  composer = document.querySelector('[data-testid="tweetTextarea_0"]')!;
  button = document.querySelector('button')!;
  input = document.querySelector('input')!;
  button.addEventListener('click', () => published.push(composer.innerText));
  // The watcher finds new composers in batches (200 ms).
  await new Promise((r) => setTimeout(r, 250));
});

describe('attached photos at publish', () => {
  it('a flagged photo warns with its findings and summary; Edit keeps it for the next publish', async () => {
    composer.textContent = 'Great shift';
    attach('chart.png');
    await answerAll(flagged);
    button.click();
    expect(published).toEqual([]);
    const request = vi.mocked(overlay.showWarning).mock.calls[0][0];
    expect(request.findings).toEqual([]);
    expect(request.checking).toBe(false);
    expect(request.images).toMatchObject([{ state: 'flagged', summary: flagged.summary, boxes: [flagged.findings[0].box, flagged.findings[1].box] }]);
    await tick();
    const audits = vi.mocked(reportAudit).mock.calls;
    expect(audits.map((c) => c[1])).toEqual(['shown', 'edited']);
    expect(audits[0][2].map((f) => f.category)).toEqual(['NAME', 'DATE']);
    expect(audits[0][5]).toEqual(['ocr']);
    button.click();
    expect(overlay.showWarning).toHaveBeenCalledTimes(2);
  });

  it('Post anyway publishes once, then the photo is forgotten', async () => {
    state.answer = { action: 'proceed' };
    composer.textContent = 'Great shift';
    attach();
    await answerAll(flagged);
    button.click();
    await tick();
    expect(published).toEqual(['Great shift']);
    button.click();
    expect(published).toEqual(['Great shift', 'Great shift']);
    expect(overlay.showWarning).toHaveBeenCalledOnce();
  });

  it('a clean photo goes out with no dialog', async () => {
    composer.textContent = 'Sunset over the lake';
    attach('lake.jpg');
    await answerAll(clean);
    button.click();
    expect(published).toEqual(['Sunset over the lake']);
    expect(overlay.showWarning).not.toHaveBeenCalled();
  });

  it('a photo still being read: "still checking", then a clean result publishes exactly once', async () => {
    composer.textContent = 'Sunset over the lake';
    attach();
    button.click();
    expect(published).toEqual([]);
    expect(vi.mocked(overlay.showWarning).mock.calls[0][0].checking).toBe(true);
    await answerAll(clean);
    await tick();
    expect(overlay.settleWarning).toHaveBeenCalledWith({ action: 'proceed' });
    expect(published).toEqual(['Sunset over the lake']);
    expect(reportAudit).not.toHaveBeenCalled();
  });

  it('a photo still being read that turns out flagged updates the dialog with its findings', async () => {
    composer.textContent = 'Great shift';
    attach();
    button.click();
    await answerAll(flagged);
    expect(overlay.settleWarning).not.toHaveBeenCalled();
    const update = vi.mocked(overlay.updateWarning).mock.calls[0][0];
    expect(update.checking).toBe(false);
    expect(update.images?.[0].state).toBe('flagged');
    state.settle?.({ action: 'edit' });
    await tick();
    expect(published).toEqual([]);
  });

  it('an error result warns that the photo could not be checked', async () => {
    composer.textContent = 'Great shift';
    attach();
    await answerAll({ ...clean, error: 'decoder failed' });
    button.click();
    expect(published).toEqual([]);
    expect(vi.mocked(overlay.showWarning).mock.calls[0][0].images).toMatchObject([{ state: 'unchecked' }]);
  });

  it('no answer within 10 s: the photo could not be checked (never a silent pass)', async () => {
    vi.useFakeTimers();
    try {
      composer.textContent = 'Great shift';
      attach();
      button.click();
      await vi.advanceTimersByTimeAsync(10_001);
      expect(overlay.settleWarning).not.toHaveBeenCalled();
      expect(vi.mocked(overlay.updateWarning).mock.calls[0][0].images).toMatchObject([{ state: 'unchecked' }]);
      expect(published).toEqual([]);
    } finally {
      vi.useRealTimers();
      state.settle?.({ action: 'edit' });
    }
  });

  it('a photo chosen away from any composer belongs to the page: the next publish carries it', async () => {
    composer.textContent = 'Great shift';
    document.body.insertAdjacentHTML('beforeend', '<aside><input type="file" id="elsewhere"></aside>');
    const other = document.querySelector<HTMLInputElement>('#elsewhere')!;
    const file = new File([new Uint8Array([1])], 'a.png', { type: 'image/png' });
    Object.defineProperty(other, 'files', { value: [file] });
    other.dispatchEvent(new Event('change', { bubbles: true }));
    await answerAll(flagged);
    // Not near any composer: it belongs to the page, so this publish carries it.
    button.click();
    expect(overlay.showWarning).toHaveBeenCalledOnce();
  });
});
