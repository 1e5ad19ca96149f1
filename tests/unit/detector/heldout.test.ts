// The held-out posts (scripts/data/heldout/) measure the detector as it ships, so nothing may be fitted on
// those whose misses no one has read: this fails if a post of a writer not spent (scripts/lib/invented.ts
// SPENT_WRITERS) reaches the training posts (the invented folder or, when they are beside the project, the
// corpora), or if the files stop parsing. The spent writers train the models, as the invented posts do.
import { describe, expect, it } from 'vitest';
import { loadTrainingPosts } from '../../../scripts/lib/corpus';
import { heldoutWriter, HELDOUT_DIR, INVENTED_DIR, loadInvented, NEWEST_WRITERS, SPENT_WRITERS } from '../../../scripts/lib/invented';

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
  it('are never training posts until spent, and the newest writers never are', () => {
    expect(INVENTED_DIR).not.toBe(HELDOUT_DIR);
    for (const w of NEWEST_WRITERS) expect(SPENT_WRITERS.has(w), w).toBe(false);
    const newest = heldout.filter((p) => NEWEST_WRITERS.has(heldoutWriter(p)));
    expect(newest.length).toBeGreaterThan(0);
    const training = loadTrainingPosts() ?? loadInvented();
    expect(training.length).toBeGreaterThan(0);
    const texts = new Set(training.map((p) => p.text));
    const unspent = heldout.filter((p) => !SPENT_WRITERS.has(heldoutWriter(p)));
    expect(unspent.filter((p) => texts.has(p.text)).map((p) => p.id)).toEqual([]);
    expect(training.filter((p) => /^h\d+-/.test(p.id) && !SPENT_WRITERS.has(heldoutWriter(p))).map((p) => p.id)).toEqual([]);
    // with the corpora beside the project, the spent writers do train
    if (loadTrainingPosts()) expect(training.filter((p) => /^h\d+-/.test(p.id)).length).toBe(heldout.length - unspent.length);
  });
});
