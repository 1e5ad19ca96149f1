// Posts written after the detector was tuned, in styles the dev corpus does not use, as a check
// that the rules generalise (tests/fixtures/detector/fresh-posts.jsonl; all invented).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detector';

const posts = readFileSync(resolve(import.meta.dirname, '../../fixtures/detector/fresh-posts.jsonl'), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l) as { id: string; phi: boolean; kind: string; text: string });

// The detector is a learned model now: it is held to a share of these posts (measured 70/86 on 2026-12-04:
// 25 of 41 patient posts warned, none of 45 others; 76/86 on 2026-12-05: 31 of 41, none of 45), and the posts
// it gets wrong are listed when the share slips.
describe('fresh posts', () => {
  it('gets at least 80% of them right at the default sensitivity', () => {
    const wrong = posts.filter((p) => (scan(p.text).verdict === 'warn') !== p.phi);
    expect((posts.length - wrong.length) / posts.length, wrong.map((p) => p.id).join(' ')).toBeGreaterThanOrEqual(0.8);
  });
});
