// A table of words looked up by the hash of a word where it stands in the paragraph (text/tokens.ts wordHash),
// so no string is made for the words it does not hold, which are most of a paragraph's. The hashes sit in one
// typed array (open addressing, linear probing), each beside its entry's index: a lookup reads a few adjacent
// numbers, where a Map of buckets read a hash table, a bucket array and its entries, each elsewhere in memory
// (story/signals.ts's Map lookup per word measured about 3% of a bulk scan, most of it waiting on memory).

export class WordTable<T> {
  /** Per slot: the hash + 1 (0: empty), then the index of its word in `words` and `values`. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly words: string[] = [];
  private readonly values: T[] = [];

  /** `entries`: each word (no two alike) with its hash (a non-negative 30-bit number) and its value. */
  constructor(entries: readonly (readonly [word: string, hash: number, value: T])[]) {
    let size = 16;
    while (size < entries.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    for (const [word, hash, value] of entries) {
      let i = hash & this.mask;
      while (this.slots[i * 2] !== 0) i = (i + 1) & this.mask;
      this.slots[i * 2] = hash + 1;
      this.slots[i * 2 + 1] = this.words.length;
      this.words.push(word);
      this.values.push(value);
    }
  }

  /** The value of the word s[from, to), whose hash is `hash`; undefined when the table does not hold it. */
  get(s: string, from: number, to: number, hash: number): T | undefined {
    const slots = this.slots;
    const key = hash + 1;
    for (let i = hash & this.mask; slots[i * 2] !== 0; i = (i + 1) & this.mask) {
      if (slots[i * 2] !== key) continue;
      const k = slots[i * 2 + 1];
      const word = this.words[k];
      if (word.length === to - from && s.startsWith(word, from)) return this.values[k];
    }
    return undefined;
  }
}
