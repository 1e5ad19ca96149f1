// Reads the annotated corpus (../shared/corpus/dev.jsonl beside the project, or PHI_GUARD_CORPUS).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadInvented, loadSpentHeldout } from './invented';

export interface GoldSpan { start: number; end: number; label: string; text: string }
export interface CorpusPost { id: string; site: string; phi: boolean; kind: string; text: string; spans: GoldSpan[] }

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_CORPUS = resolve(here, '../../../shared/corpus/dev.jsonl');

export function corpusPath(): string {
  return process.env.PHI_GUARD_CORPUS ?? DEFAULT_CORPUS;
}

export function loadCorpus(path = corpusPath()): CorpusPost[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CorpusPost);
}

/** Every corpus the models are trained on: dev.jsonl and train2.jsonl, in that order. */
export const TRAINING_CORPORA = ['dev.jsonl', 'train2.jsonl'].map((f) => resolve(here, '../../../shared/corpus', f));
export const WEIGHTS_PATH = resolve(here, '../../src/detector/model/weights.json');

export function loadTrainingCorpora(): CorpusPost[] | null {
  if (!TRAINING_CORPORA.every(existsSync)) return null;
  return TRAINING_CORPORA.flatMap((p) => loadCorpus(p)!);
}

/** What the models are fitted on: the corpora, the invented posts and the spent held-out posts
 *  (scripts/lib/invented.ts). Null without the corpora, since a model fitted on the others alone is not the
 *  shipped one. */
export function loadTrainingPosts(): CorpusPost[] | null {
  const corpora = loadTrainingCorpora();
  return corpora && [...corpora, ...loadInvented(), ...loadSpentHeldout()];
}
