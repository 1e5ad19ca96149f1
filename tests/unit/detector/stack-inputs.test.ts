// The stacker's inputs (combine.ts stackInputs): what the verdict model sees of the post and its spans.
import { describe, expect, it } from 'vitest';
import { stackInputs } from '../../../src/detector/combine';

const logit = (p: number) => Math.log(p / (1 - p));

describe('stackInputs', () => {
  it('gives the post model a second say when no span is more likely than not', () => {
    const bare = stackInputs(0.9, [{ p: 0.3, kind: 'name' }, { p: 0.49, kind: 'quasi' }]);
    expect(bare.get('bare*post')).toBeCloseTo(logit(0.9));
    expect(bare.get('best:quasi')).toBe(0.49);
  });

  it('leaves it out when any kind of span is likely', () => {
    for (const kind of ['name', 'quasi', 'id'] as const) {
      expect(stackInputs(0.9, [{ p: 0.5, kind }]).get('bare*post')).toBe(0);
    }
  });

  it('counts likely spans per kind and crosses the best with the story parts', () => {
    const f = stackInputs(0.5, [{ p: 0.8, kind: 'name' }, { p: 0.6, kind: 'name' }, { p: 0.2, kind: 'id' }], { person: 1, health: 0, framed: 0 });
    expect(f.get('likely:name')).toBeCloseTo(Math.log1p(2));
    expect(f.get('best:name*person')).toBe(0.8);
    expect(f.get('best:name*health')).toBe(0);
    expect(f.get('likely:id')).toBe(0);
    expect(f.get('best*framed')).toBe(0);
  });

  it('crosses the best name or detail with a post that says whose story it is not (fiction, teaching, own health)', () => {
    const spans = [{ p: 0.7, kind: 'name' as const }, { p: 0.9, kind: 'quasi' as const }, { p: 0.95, kind: 'id' as const }];
    expect(stackInputs(0.5, spans, { person: 1, health: 1, framed: 1 }).get('best*framed')).toBe(0.9);
    expect(stackInputs(0.5, spans, { person: 1, health: 1, framed: 0 }).get('best*framed')).toBe(0);
  });

  it('stops counting likely spans at three, so a list of links or dates does not add up to a patient', () => {
    const links = Array.from({ length: 11 }, () => ({ p: 0.6, kind: 'id' as const }));
    expect(stackInputs(0.1, links).get('likely:id')).toBeCloseTo(Math.log1p(3));
  });
});
