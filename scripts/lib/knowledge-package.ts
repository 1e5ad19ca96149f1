// The package's knowledge.bin (vite.config.ts; unit tests build the same bytes): the knowledge exactly as
// src/detector/knowledge/packaged.ts assembles it for Node (the tables, compromise's word list,
// libphonenumber-js's metadata, the post model's word scores, the models' n-gram weights), in
// src/detector/knowledge/wire.ts's text form, deflated. One assembly, so the two cannot drift apart.
import { deflateRawSync } from 'node:zlib';
import { PACKAGED_KNOWLEDGE } from '../../src/detector/knowledge/packaged';
import { knowledgeToText } from '../../src/detector/knowledge/wire';

export function knowledgePackage(): Buffer {
  return deflateRawSync(Buffer.from(knowledgeToText(PACKAGED_KNOWLEDGE), 'utf8'), { level: 9 });
}
