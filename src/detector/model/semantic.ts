// What a post is about, beyond its exact words: the post model's term from word vectors.
// In training (scripts/lib/word-vectors.ts) each English post gets the average of its words' GloVe vectors,
// weighted so that frequent words count little, and the post model learns a weight for each direction.
// Those weights are then folded into one score per word (src/detector/model/semantic.json, written by
// `npm run train`, shipped with the knowledge: knowledge/packaged.ts). So the extension's term is the
// average of its words' scores: the same number, up to the scores' rounding, with no vectors in the package.
//
// The vectors are English (GloVe). Text in another language would land wherever its few English-looking
// words point, so the term applies only when function words ("the", "was", "with" …) make up at least
// FUNCTION_WORD_SHARE of the words: English prose sits near a third, the other-language posts of the corpora
// mostly under a tenth.
import type { ParagraphTokens } from '../text/tokens';
import { LETTER, letterClass } from '../text/letters';

export const FUNCTION_WORD_SHARE = 0.12;

/** A paragraph's (or a post's) words: how many, how many are function words, and the sum of their scores. */
export interface SemanticTally {
  words: number;
  functionWords: number;
  score: number;
}

export const emptyTally = (): SemanticTally => ({ words: 0, functionWords: 0, score: 0 });

/** Whether atom k of the paragraph is a word: it begins with a letter (text/tokens.ts atoms). Training and
 *  the extension both count words through this. */
export function isWordAtom(tokens: ParagraphTokens, k: number): boolean {
  const text = tokens.text;
  const start = tokens.atomStarts[k];
  let cp = text.charCodeAt(start);
  if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(start)!;
  return (letterClass(cp) & LETTER) !== 0;
}

/** 1 / words when the text reads as English (see above), else 0: what each word's share of the term is. */
export function semanticShare(words: number, functionWords: number): number {
  return words > 0 && functionWords >= FUNCTION_WORD_SHARE * words ? 1 / words : 0;
}

/**
 * The word scores and function words, as installed with the knowledge (knowledge/index.ts), in an
 * open-addressing table keyed by the words' hashes (text/tokens.ts wordHash, which every atom already
 * has): one probe per word finds its level and whether it is a function word. About 80,000 words in
 * 1.3 MB of typed arrays; a Map of them took 4 MB of the tab's heap and twice the time to build.
 * A word's score is its level times `step`.
 */
export class SemanticScores {
  private readonly keys: Int32Array;
  private readonly levels: Int8Array;
  private readonly functional: Uint8Array;
  private readonly mask: number;
  size = 0;

  constructor(capacity: number, readonly step: number, /** Added whenever the term applies. */ readonly offset: number) {
    let slots = 1024;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Int32Array(slots);
    this.levels = new Int8Array(slots);
    this.functional = new Uint8Array(slots);
    this.mask = slots - 1;
  }

  /** The slot of `hash` (a 30-bit word hash), or of the empty slot where it would go. Keys are stored plus one. */
  private slot(hash: number): number {
    let i = (Math.imul(hash, 0x9e3779b1) >>> 0) & this.mask;
    while (this.keys[i] !== 0 && this.keys[i] !== hash + 1) i = (i + 1) & this.mask;
    return i;
  }

  set(hash: number, level: number, functionWord: boolean): void {
    const i = this.slot(hash);
    if (this.keys[i] === 0) {
      if (this.size * 2 >= this.keys.length) throw new Error('SemanticScores: over capacity');
      this.size++;
      this.keys[i] = hash + 1;
    }
    if (level) this.levels[i] = level;
    if (functionWord) this.functional[i] = 1;
  }

  level(hash: number): number {
    return this.levels[this.slot(hash)];
  }

  isFunctionWord(hash: number): boolean {
    return this.functional[this.slot(hash)] === 1;
  }

  /** A paragraph's tally. */
  tally(tokens: ParagraphTokens): SemanticTally {
    let words = 0;
    let functionWords = 0;
    let sum = 0;
    for (let k = 0; k < tokens.atomCount; k++) {
      if (!isWordAtom(tokens, k)) continue;
      words++;
      const i = this.slot(tokens.atomHashes[k]);
      sum += this.levels[i];
      functionWords += this.functional[i];
    }
    return { words, functionWords, score: sum * this.step };
  }
}

/** A paragraph's tally under the installed scores (all zero without them). */
export function tallyParagraph(tokens: ParagraphTokens, semantic: SemanticScores | null): SemanticTally {
  return semantic ? semantic.tally(tokens) : emptyTally();
}

/** The post model's semantic term (a logit) for a post's summed tally under the installed scores. */
export function semanticLogit(t: SemanticTally, semantic: SemanticScores | null): number {
  const share = semantic ? semanticShare(t.words, t.functionWords) : 0;
  return share ? t.score * share + semantic!.offset : 0;
}
