// Only English is bundled; another language's catalogue loads when a setting chooses it: from the
// package in extension pages and the worker, from the worker in the content script. Until it is in,
// and if it never arrives (or arrives broken), the interface speaks English and nothing throws.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import es from '../../../public/_locales/es/messages.json';
import type * as I18n from '../../../src/i18n';
import type { Language } from '../../../src/i18n';
import { installFakeExtension, removeFakeExtension } from '../policy/fake-extension';

// A fresh module for each test: which catalogues are in is the module's own state.
let i18n: typeof I18n;
beforeEach(async () => {
  vi.resetModules();
  i18n = await import('../../../src/i18n');
});
afterEach(() => {
  removeFakeExtension();
  vi.unstubAllGlobals();
});

/** A source whose one answer comes when the test gives it. */
function deferredSource() {
  const calls: Language[] = [];
  let answer: (data: unknown) => void = () => {};
  const answered = new Promise<unknown>((resolve) => { answer = resolve; });
  const source = (lang: Language) => {
    calls.push(lang);
    return answered;
  };
  return { source, calls, answer };
}

const SPANISH_PROCEED = 'Publicar de todos modos';

describe('loading a catalogue', () => {
  it('speaks English until Spanish is in, then Spanish, with t() synchronous throughout', async () => {
    const worker = deferredSource();
    i18n.setCatalogueSource(worker.source);
    const applied = i18n.applyLanguageSetting('es');
    expect(i18n.language()).toBe('en');
    expect(i18n.t('dialogProceedPost')).toBe('Post anyway');
    worker.answer(es);
    expect(await applied).toBe('es');
    expect(i18n.language()).toBe('es');
    expect(i18n.t('dialogProceedPost')).toBe(SPANISH_PROCEED);
    // Loaded once: switching back and forth needs no second read.
    expect(await i18n.applyLanguageSetting('en')).toBe('en');
    expect(await i18n.applyLanguageSetting('es')).toBe('es');
    expect(worker.calls).toEqual(['es']);
  });

  it('reads the catalogue once however many ask while it loads', async () => {
    const worker = deferredSource();
    i18n.setCatalogueSource(worker.source);
    const both = Promise.all([i18n.applyLanguageSetting('es'), i18n.loadLanguage('es'), i18n.applyLanguageSetting('es')]);
    worker.answer(es);
    expect(await both).toEqual(['es', true, 'es']);
    expect(worker.calls).toEqual(['es']);
  });

  it('never lets a catalogue that arrives late override a newer choice', async () => {
    const worker = deferredSource();
    i18n.setCatalogueSource(worker.source);
    const spanish = i18n.applyLanguageSetting('es');
    expect(await i18n.applyLanguageSetting('en')).toBe('en');
    worker.answer(es);
    expect(await spanish).toBe('en');
    expect(i18n.language()).toBe('en');
    expect(i18n.t('dialogProceedPost')).toBe('Post anyway');
    // It is in now, so the next choice of Spanish is immediate.
    i18n.setCatalogueSource(() => { throw new Error('not asked again'); });
    expect(i18n.setLanguage('es')).toBe('es');
  });

  it('keeps English for keys a partial catalogue lacks', async () => {
    i18n.setCatalogueSource(() => ({ dialogProceedPost: es.dialogProceedPost, dialogEditPost: { message: 42 }, notAKey: { message: 'x' } }));
    expect(await i18n.applyLanguageSetting('es')).toBe('es');
    expect(i18n.t('dialogProceedPost')).toBe(SPANISH_PROCEED);
    expect(i18n.t('dialogEditPost')).toBe('Edit post');
    expect(i18n.t('dialogPolicyLinkNamed', 'Mercy')).toBe('Mercy social media policy');
  });
});

describe('a catalogue that cannot load leaves the interface in English', () => {
  const failures: [string, I18n.CatalogueSource][] = [
    ['the source rejects', () => Promise.reject(new Error('Extension context invalidated.'))],
    ['the source throws at once', () => { throw new Error('Extension context invalidated.'); }],
    ['the worker could not read the file', () => Promise.resolve(null)],
    ['the answer is not an object', () => 'Publicar'],
    ['no entry has a string message', () => ({ dialogProceedPost: { message: ['Publicar'] }, dialogEditPost: 'Editar' })],
    ['the answer is an array', () => [es.dialogProceedPost]],
  ];
  for (const [what, source] of failures) {
    it(`when ${what}`, async () => {
      i18n.setCatalogueSource(source);
      await expect(i18n.loadLanguage('es')).resolves.toBe(false);
      expect(await i18n.applyLanguageSetting('es')).toBe('en');
      expect(i18n.language()).toBe('en');
      expect(i18n.t('dialogProceedPost')).toBe('Post anyway');
      expect(i18n.formatList(['a', 'b', 'c'])).toBe('a, b, and c');
      expect(i18n.setLanguage('es')).toBe('en');
    });
  }

  it('tries again on the next choice after a failure', async () => {
    let calls = 0;
    i18n.setCatalogueSource(() => (++calls === 1 ? Promise.reject(new Error('worker asleep')) : es));
    expect(await i18n.applyLanguageSetting('es')).toBe('en');
    expect(await i18n.applyLanguageSetting('es')).toBe('es');
    expect(calls).toBe(2);
  });
});

describe('where catalogues come from', () => {
  const packaged = readFileSync('public/_locales/es/messages.json', 'utf8');

  it('extension pages read the file the package ships for the browser (never the network)', async () => {
    installFakeExtension();
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => { fetched.push(url); return new Response(packaged); });
    expect(await i18n.applyLanguageSetting('es')).toBe('es');
    expect(i18n.t('dialogProceedPost')).toBe(SPANISH_PROCEED);
    expect(fetched).toEqual(['chrome-extension://test/_locales/es/messages.json']);
  });

  it('extension pages stay in English when the file is missing, broken or there is no extension', async () => {
    expect(await i18n.applyLanguageSetting('es')).toBe('en'); // no extension API at all
    installFakeExtension();
    vi.stubGlobal('fetch', async () => new Response('not found', { status: 404 }));
    expect(await i18n.applyLanguageSetting('es')).toBe('en');
    vi.stubGlobal('fetch', async () => new Response('{"dialogProceedPost": {"message": "Publi'));
    expect(await i18n.applyLanguageSetting('es')).toBe('en');
    vi.stubGlobal('fetch', async () => { throw new TypeError('Failed to fetch'); });
    expect(await i18n.applyLanguageSetting('es')).toBe('en');
    expect(i18n.t('dialogProceedPost')).toBe('Post anyway');
  });

  it('the content script asks the worker, which answers from the package and only for a known language', async () => {
    const { handleMessage } = await import('../../../src/background/message-router');
    const { catalogueFromWorker } = await import('../../../src/content/catalogue-source');
    const fake = installFakeExtension();
    vi.stubGlobal('fetch', async (url: string) => (url.endsWith('/_locales/es/messages.json') ? new Response(packaged) : new Response('', { status: 404 })));
    const self = { id: fake.runtime.id, tab: { id: 3 } } as chrome.runtime.MessageSender;
    const sent: unknown[] = [];
    fake.runtime.sendMessage = (async (message: unknown) => { sent.push(message); return handleMessage(message as never, self); }) as never;
    i18n.setCatalogueSource(catalogueFromWorker);
    expect(await i18n.applyLanguageSetting('es')).toBe('es');
    expect(i18n.t('dialogProceedPost')).toBe(SPANISH_PROCEED);
    expect(sent).toEqual([{ type: 'catalogue-request', language: 'es' }]);
    expect(await handleMessage({ type: 'catalogue-request', language: '../../manifest' }, self)).toEqual({ catalogue: null });
    expect(await handleMessage({ type: 'catalogue-request', language: 'es' }, { ...self, id: 'someone-else' })).toBeUndefined();
  });

  it('the content script stays in English when the extension was reloaded under the page', async () => {
    const { catalogueFromWorker } = await import('../../../src/content/catalogue-source');
    i18n.setCatalogueSource(catalogueFromWorker);
    expect(await i18n.applyLanguageSetting('es')).toBe('en'); // no runtime: never asked
    const fake = installFakeExtension();
    fake.runtime.sendMessage = (() => { throw new Error('Extension context invalidated.'); }) as never;
    expect(await i18n.applyLanguageSetting('es')).toBe('en');
    fake.runtime.sendMessage = (async () => undefined) as never; // no listener answered
    expect(await i18n.applyLanguageSetting('es')).toBe('en');
  });
});
