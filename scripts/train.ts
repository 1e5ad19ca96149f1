// npm run train: fits the detector's post and span models on the corpora beside the project
// (../shared/corpus/dev.jsonl and train2.jsonl) and the invented posts (scripts/data/invented/), and
// writes src/detector/model/weights.json and the post model's word scores, src/detector/model/semantic.json.
// Deterministic: the same corpora and code give the same file (a test checks it is current).
import '../src/detector/knowledge/bundled';
import { writeFileSync } from 'node:fs';
import { loadTrainingPosts, WEIGHTS_PATH } from './lib/corpus';
import { featurise, trainDetectorModel } from './lib/train-lib';
import { SEMANTIC_PATH } from './lib/word-vectors';

const posts = loadTrainingPosts();
if (!posts) {
  console.log('No corpus beside the project (../shared/corpus): nothing to train on.');
  process.exit(0);
}
const started = performance.now();
const { model, semantic } = trainDetectorModel(posts.map(featurise));
writeFileSync(WEIGHTS_PATH, `${JSON.stringify(model)}\n`);
writeFileSync(SEMANTIC_PATH, `${JSON.stringify({ generatedBy: 'npm run train (scripts/lib/word-vectors.ts foldSemantic)', ...semantic })}\n`);
console.log(`Trained on ${posts.length} posts in ${((performance.now() - started) / 1000).toFixed(1)} s -> ${WEIGHTS_PATH}`);
console.log('Operating points:', JSON.stringify(model.operatingPoints));
