// The content script asks the worker for a chosen language's catalogue only when its frame will show
// words (a composer focused, a publish held), not in every frame of every page at its start.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const applyLanguageSetting = vi.fn(async () => 'es');
vi.mock('../../../src/i18n', () => ({ applyLanguageSetting, setCatalogueSource: vi.fn() }));
const spanish = { language: 'es' };
let changed: ((settings: object) => void) | null = null;
vi.mock('../../../src/policy/settings', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/policy/settings')>();
  return { ...real, loadSettings: async () => ({ ...real.defaultSettings(), ...spanish }), watchSettings: (onChange: (settings: object) => void) => { changed = onChange; return () => {}; } };
});

describe('settings-state and the interface language', () => {
  beforeEach(() => {
    vi.resetModules();
    applyLanguageSetting.mockClear();
  });

  it('loads no catalogue at start, one when the interface is first needed, and follows later changes', async () => {
    const state = await import('../../../src/content/settings-state');
    state.startSettings();
    await new Promise((r) => setTimeout(r, 0));
    expect(state.settings().language).toBe('es');
    expect(applyLanguageSetting).not.toHaveBeenCalled();

    state.prepareInterface();
    state.prepareInterface();
    expect(applyLanguageSetting).toHaveBeenCalledTimes(1);
    expect(applyLanguageSetting).toHaveBeenCalledWith('es');

    changed!({ ...state.settings(), language: 'en' });
    expect(applyLanguageSetting).toHaveBeenLastCalledWith('en');
  });
});
