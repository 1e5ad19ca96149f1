// The knowledge as the extension package ships it (dist/chrome/knowledge.json, written by vite.config.ts) and
// as Node installs it (./bundled.ts): the four tables of data/knowledge.json plus data the content script
// would otherwise carry from page start — compromise's everyday words (the core lexicon's word list, 128 KB),
// libphonenumber-js's metadata (83 KB), the story cues in languages other than English (story/cue-languages.ts,
// 12 KB gzip), the post model's word scores (model/semantic.json) and the post and span
// models' n-gram weights (model/weights.json's `hashed`, 14 KB gzip). None is needed to scan: until they arrive
// the names read with the core's names and no word list, international phone numbers are judged by their
// length, the story cues are English only, and the models go without their semantic and n-gram terms.
import phone from 'libphonenumber-js/metadata.min.json';
import data from './data/knowledge.json';
import semantic from '../model/semantic.json';
import { CUE_LANGUAGES } from '../story/cue-languages';
import weights from '../model/weights.json';
import words from '../names/compromise-words.json';
import type { KnowledgeData, SemanticData } from './types';

export const PACKAGED_KNOWLEDGE: KnowledgeData = {
  ...(data as KnowledgeData),
  common: words.common,
  phone,
  cues: CUE_LANGUAGES,
  semantic: semantic as SemanticData,
  hashed: { post: weights.post.hashed, span: weights.span.hashed },
};
