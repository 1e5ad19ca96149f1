// The package's knowledge.bin (vite.config.ts; unit tests build the same bytes): the knowledge file, with
// what src/detector/knowledge/packaged.ts adds to it (compromise's word list, libphonenumber-js's metadata,
// the post model's word scores, the post and span models' n-gram weights),
// in src/detector/knowledge/wire.ts's text form, deflated.
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { knowledgeToText } from '../../src/detector/knowledge/wire';

export function knowledgePackage(): Buffer {
  const data = JSON.parse(readFileSync('src/detector/knowledge/data/knowledge.json', 'utf8'));
  data.common = JSON.parse(readFileSync('src/detector/names/compromise-words.json', 'utf8')).common;
  data.phone = JSON.parse(readFileSync('node_modules/libphonenumber-js/metadata.min.json', 'utf8'));
  data.semantic = JSON.parse(readFileSync('src/detector/model/semantic.json', 'utf8'));
  const model = JSON.parse(readFileSync('src/detector/model/weights.json', 'utf8'));
  data.hashed = { post: model.post.hashed, span: model.span.hashed };
  return deflateRawSync(Buffer.from(knowledgeToText(data), 'utf8'), { level: 9 });
}
