// Operating points (scripts/lib/train-lib.ts chooseOperatingPoint): the thresholds a sensitivity level
// uses, chosen on out-of-source predictions for the best recall within a false-alarm target.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEIGHTS_PATH, type CorpusPost } from '../../../scripts/lib/corpus';
import { chooseOperatingPoint, warns, type PostExample, type Prediction } from '../../../scripts/lib/train-lib';

const post = (phi: boolean, kind: string): PostExample =>
  ({ post: { id: 'x1', text: '', phi, kind, spans: [] } as unknown as CorpusPost, source: 'x', named: new Map(), hashed: new Map(), spans: [], story: { person: 0, health: 0, framed: 0 }, tableColumns: false });
const prediction = (name: number, identifier = 0): Prediction =>
  ({ story: { person: 0, health: 0, framed: 0 }, post: 0.5, spans: [name], kinds: ['name'], certain: false, lone: false, identifier, name });
// A stacker with no weights scores every post 0.5: only the span thresholds can tell the posts apart.
const flat = { bias: 0, named: {}, hashed: [] };

describe('chooseOperatingPoint', () => {
  it('finds a name threshold when a sure name is what tells patient posts from the others', () => {
    const examples = [...Array(10)].map(() => post(true, 'direct')).concat([...Array(10)].map(() => post(false, 'benign')));
    const preds = [...Array(10)].map((_, i) => prediction(0.96 + i * 0.003)).concat([...Array(10)].map((_, i) => prediction(0.5 + i * 0.02)));
    const point = chooseOperatingPoint(examples, preds, flat, 0.05);
    expect(point.name).toBeGreaterThan(0.6);
    expect(point.name).toBeLessThanOrEqual(0.96);
    expect(examples.filter((e, i) => warns(preds[i], point, flat) !== e.post.phi)).toEqual([]);
  });

  it('sets none when names do not help (every warning would be a false alarm)', () => {
    const examples = [post(true, 'direct'), post(false, 'benign'), post(false, 'benign')];
    const preds = [prediction(0.6, 0.99), prediction(0.97), prediction(0.9)];
    const point = chooseOperatingPoint(examples, preds, flat, 0.05);
    expect(point.name).toBeUndefined();
    expect(point.identifier).toBeLessThanOrEqual(0.99);
    expect(examples.filter((e, i) => warns(preds[i], point, flat) !== e.post.phi)).toEqual([]);
  });
});

describe('the shipped operating points', () => {
  // A higher sensitivity never warns on fewer posts: each threshold of low is at least medium's, and each
  // of medium at least high's (train-lib.ts decision()).
  const points = JSON.parse(readFileSync(WEIGHTS_PATH, 'utf8')).operatingPoints;
  const threshold = (level: string, key: string) => points[level][key] ?? 1.01;
  it.each(['post', 'identifier', 'name'])('order the %s threshold low ≥ medium ≥ high', (key) => {
    expect(threshold('low', key)).toBeGreaterThanOrEqual(threshold('medium', key));
    expect(threshold('medium', key)).toBeGreaterThanOrEqual(threshold('high', key));
  });
});
