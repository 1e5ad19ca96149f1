// The held-out posts (scripts/data/heldout/) measure the detector as it ships, so nothing may be fitted on
// them: this fails if a held-out post reaches the training posts (the invented folder or, when they are
// beside the project, the corpora), or if the files stop parsing.
import { describe, expect, it } from 'vitest';
import { loadTrainingPosts } from '../../../scripts/lib/corpus';
import { HELDOUT_DIR, INVENTED_DIR, loadInvented } from '../../../scripts/lib/invented';

const heldout = loadInvented(HELDOUT_DIR);

describe('the held-out posts', () => {
  it('parse, each writer with posts that should warn and posts that should not', () => {
    expect(heldout.length).toBeGreaterThan(0);
    const writers = new Set(heldout.map((p) => p.id.split('-')[0]));
    for (const w of writers) {
      const mine = heldout.filter((p) => p.id.startsWith(`${w}-`));
      expect(w).toMatch(/^h\d+$/);
      expect(mine.some((p) => p.phi) && mine.some((p) => !p.phi)).toBe(true);
    }
  });
  it('are never training posts', () => {
    expect(INVENTED_DIR).not.toBe(HELDOUT_DIR);
    const training = loadTrainingPosts() ?? loadInvented();
    expect(training.length).toBeGreaterThan(0);
    const texts = new Set(training.map((p) => p.text));
    expect(heldout.filter((p) => texts.has(p.text)).map((p) => p.id)).toEqual([]);
    expect(training.filter((p) => /^h\d+-/.test(p.id)).map((p) => p.id)).toEqual([]);
  });
});
