// The post and span models' n-gram weights travel with the knowledge in the extension (model/index.ts
// installHashedWeights, knowledge/packaged.ts, scripts/lib/bundle-aliases.ts modelCoreOnlyAlias): the content
// script's copy of weights.json has none at page start, and the knowledge brings them on the first focus.
// Node bundles the whole file, so here the extension's bundle is imitated by emptying the model's arrays.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { knowledgePackage } from '../../../scripts/lib/knowledge-package';
import { modelCoreOnlyAlias } from '../../../scripts/lib/bundle-aliases';
import { scan } from '../../../src/detector';
import { installKnowledge } from '../../../src/detector/knowledge';
import { PACKAGED_KNOWLEDGE } from '../../../src/detector/knowledge/packaged';
import { knowledgeFromText } from '../../../src/detector/knowledge/wire';
import { MODEL } from '../../../src/detector/model';

const ROOT = resolve(import.meta.dirname, '../../..');
const committed = JSON.parse(readFileSync(join(ROOT, 'src/detector/model/weights.json'), 'utf8'));
const full = { post: MODEL.post.hashed, span: MODEL.span.hashed };
const POST = 'The 80-year-old gentleman in bed 6 finally ate a whole breakfast after the feeding tube came out on Tuesday.';

afterAll(() => {
  MODEL.post.hashed = full.post;
  MODEL.span.hashed = full.span;
  installKnowledge(PACKAGED_KNOWLEDGE);
});

describe('n-gram weights that arrive with the knowledge', () => {
  it('are installed from the knowledge where the bundled model has none, and scan as the whole model does', () => {
    const withAll = scan(POST, { sensitivity: 'medium' });
    MODEL.post.hashed = [];
    MODEL.span.hashed = [];
    installKnowledge(null);
    expect(MODEL.post.hashed).toEqual([]);
    const core = scan(POST, { sensitivity: 'medium' });
    expect(core).not.toEqual(withAll); // the findings' confidences, at least, lean on the n-grams
    expect(installKnowledge(PACKAGED_KNOWLEDGE)).toBe(true);
    expect(MODEL.post.hashed).toEqual(committed.post.hashed);
    expect(MODEL.span.hashed).toEqual(committed.span.hashed);
    expect(scan(POST, { sensitivity: 'medium' })).toEqual(withAll);
    // Removing the knowledge removes what it brought.
    installKnowledge(null);
    expect(MODEL.post.hashed).toEqual([]);
  });

  it('are refused when malformed, and the rest of the knowledge still installs', () => {
    MODEL.post.hashed = [];
    MODEL.span.hashed = [];
    installKnowledge(null);
    const short = { post: committed.post.hashed.slice(1), span: committed.span.hashed };
    expect(installKnowledge({ ...PACKAGED_KNOWLEDGE, hashed: short })).toBe(true);
    expect(MODEL.post.hashed).toEqual([]);
    const notNumbers = { post: committed.post.hashed.map(() => 'x'), span: committed.span.hashed };
    expect(installKnowledge({ ...PACKAGED_KNOWLEDGE, hashed: notNumbers as unknown as number[] as never })).toBe(true);
    expect(MODEL.span.hashed).toEqual([]);
  });

  it('never replace the weights of a model that has its own (Node, the CLI)', () => {
    MODEL.post.hashed = full.post;
    MODEL.span.hashed = full.span;
    const other = { post: full.post.map(() => 0), span: full.span.map(() => 0) };
    installKnowledge({ ...PACKAGED_KNOWLEDGE, hashed: other });
    expect(MODEL.post.hashed).toBe(full.post);
    installKnowledge(null);
    expect(MODEL.span.hashed).toBe(full.span);
  });

  it('leave the extension\'s copy of the model and ride in the package\'s knowledge file', () => {
    const alias = modelCoreOnlyAlias(ROOT);
    const trimmed = JSON.parse(readFileSync(String(alias.replacement), 'utf8'));
    expect(trimmed.post.hashed).toEqual([]);
    expect(trimmed.span.hashed).toEqual([]);
    expect(trimmed.post.named).toEqual(committed.post.named);
    expect(trimmed.operatingPoints).toEqual(committed.operatingPoints);
    const shipped = knowledgeFromText(inflateRawSync(knowledgePackage()).toString('utf8'));
    expect(shipped?.hashed?.post).toEqual(committed.post.hashed);
    expect(shipped?.hashed?.span).toEqual(committed.span.hashed);
  });
});
