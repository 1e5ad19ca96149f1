// The invented training posts (scripts/data/invented/) are parsed from the corpus source format; a slip in
// the markup would silently teach the models a wrong span, so the parser refuses malformed posts.
import { describe, expect, it } from 'vitest';
import { loadInvented, parseInvented } from '../../../scripts/lib/invented';
import { sourceOf, isInventedSource } from '../../../scripts/lib/train-lib';

const post = (header: string, body: string) => `${header}\n${body}\n`;

describe('invented training posts', () => {
  it('reads spans with offsets into the text as written', () => {
    const [p] = parseInvented(post('=== i9-001 | reddit | phi | direct', 'saw {{NAME|Wendell Ocampo}} in {{ROOM|bay 3}} 🙃 again'));
    expect(p).toMatchObject({ id: 'i9-001', site: 'reddit', phi: true, kind: 'direct' });
    expect(p.text).toBe('saw Wendell Ocampo in bay 3 🙃 again');
    for (const s of p.spans) expect(p.text.slice(s.start, s.end)).toBe(s.text);
    expect(p.spans.map((s) => s.label)).toEqual(['NAME', 'ROOM']);
  });

  it.each([
    ['an ok post with a span', post('=== i9-002 | x | ok | benign', 'hi {{NAME|Ada}}'), /ok but has spans/],
    ['a direct post without a span', post('=== i9-003 | x | phi | direct', 'no identifier here'), /no span/],
    ['a kind that does not go with the verdict', post('=== i9-004 | x | ok | direct', 'text'), /does not go with/],
    ['an unknown label', post('=== i9-005 | x | phi | direct', '{{PET|Rex}}'), /unknown label/],
    ['unbalanced markup', post('=== i9-006 | x | phi | direct', '{{NAME|Ada}} and {{ROOM|4'), /unbalanced/],
    ['an unknown site', post('=== i9-007 | myspace | phi | direct', '{{NAME|Ada}}'), /unknown site/],
    ['a malformed header', post('=== i9-008 | x | phi', 'text'), /malformed header/],
  ])('refuses %s', (_, source, message) => {
    expect(() => parseInvented(source, 'test.src.txt')).toThrow(message);
  });

  it('are all well formed, with unique ids, each in an invented source', () => {
    const posts = loadInvented();
    expect(posts.length).toBeGreaterThan(0);
    for (const p of posts) expect(isInventedSource(sourceOf(p.id))).toBe(true);
    expect(sourceOf('t3-014')).toBe('t3');
    expect(sourceOf('d120')).toBe('d');
  });
});
