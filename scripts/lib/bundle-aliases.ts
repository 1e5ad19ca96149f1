// Build-time aliases for the shipped bundles. The rule files (rules/*.json) trimmed: what a rule needs at run
// time stays (patterns, prefilters, context, validator, confidence, the English reason); what only the
// tests and the people reading a file need goes (examples, descriptions, `$comment`). It saves about
// 10 KB gzip of the content script, and a new example costs the bundle nothing.
//
// Why an alias to trimmed copies and not a transform plugin: @crxjs builds the content script as a
// separate IIFE build with no plugins of ours, but it does keep the parent config's `resolve`. The
// copies are written only for `vite build`; vitest (which reads the examples: tests/unit/detector/
// rules.test.ts) resolves the files themselves.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Alias } from 'vite';

const FOR_READERS_ONLY = new Set(['examples', 'description', '$comment']);

function withoutReaderFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutReaderFields);
  if (!value || typeof value !== 'object') return value;
  const kept: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) if (!FOR_READERS_ONLY.has(key)) kept[key] = withoutReaderFields(inner);
  return kept;
}

/** Writes the trimmed copies under node_modules/.cache and returns the alias that imports them. */
export function ruleDataOnlyAlias(root: string): Alias {
  const source = join(root, 'rules');
  const trimmed = join(root, 'node_modules', '.cache', 'phi-guard-rules');
  mkdirSync(trimmed, { recursive: true });
  for (const file of readdirSync(source).filter((f) => f.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(source, file), 'utf8'));
    writeFileSync(join(trimmed, file), JSON.stringify(withoutReaderFields(data)));
  }
  // Only src/detector/rules/index.ts imports the rule files, as `../../../rules/<name>.json`.
  return { find: /^(?:\.\.\/)+rules\/([\w-]+\.json)$/, replacement: `${trimmed}/$1` };
}

/** The models without their n-gram weights, for the extension's bundles: those weights (14 KB gzip, most of
 *  weights.json) arrive with the knowledge on the first composer focus (knowledge/packaged.ts,
 *  model/index.ts installHashedWeights), so the content script at page start stays within its size. The Node
 *  build and vitest read the whole file. */
export function modelCoreOnlyAlias(root: string): Alias {
  const trimmed = join(root, 'node_modules', '.cache', 'phi-guard-model');
  mkdirSync(trimmed, { recursive: true });
  const model = JSON.parse(readFileSync(join(root, 'src', 'detector', 'model', 'weights.json'), 'utf8'));
  for (const part of ['post', 'span']) model[part].hashed = [];
  writeFileSync(join(trimmed, 'weights.json'), JSON.stringify(model));
  // Only src/detector/model/index.ts imports it so, as `./weights.json`.
  return { find: /^\.\/weights\.json$/, replacement: `${trimmed}/weights.json` };
}
