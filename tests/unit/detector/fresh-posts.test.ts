// Posts written after the detector was tuned, in styles the dev corpus does not use, as a check
// that the rules generalise (tests/fixtures/detector/fresh-posts.jsonl; all invented).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detector';

const posts = readFileSync(resolve(import.meta.dirname, '../../fixtures/detector/fresh-posts.jsonl'), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l) as { id: string; phi: boolean; kind: string; text: string });

describe('fresh posts', () => {
  it.each(posts.map((p) => [p.id, p.kind, p] as const))('%s (%s)', (_id, _kind, post) => {
    const result = scan(post.text);
    expect(result.verdict, JSON.stringify(result.findings.map((f) => post.text.slice(f.start, f.end)))).toBe(post.phi ? 'warn' : 'ok');
  });
});
