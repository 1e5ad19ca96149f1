// A sorted key -> class table searched in place, front-coded: each entry stores only what its key does
// not share with the key before it. The knowledge file keeps the readable form ("key,class|key,class|…",
// sorted by key; data/knowledge.json); packTable turns it into this one, which the extension package
// ships (wire.ts) and the content script searches. It is 45 % of the readable form's characters (1.45 MB
// instead of 3.25 MB for the four tables: less to copy from the worker, less memory in every tab), and
// it needs one offset per block of 16 entries (80 KB) instead of one per entry (1.2 MB). No Set or Map of
// the entries is built, and a lookup allocates nothing.
//
// Packed form: entries in key order, each one
//   <mark> <class> <rest of the key>
// mark: HEAD ("_") for the first entry of a block (the key follows in full), else MARK + the number of
//   leading characters the key shares with the previous key (0..MAX_SHARED: "@", "A".."Z", "[").
// class: one character, CLASS_BASE + class ("#".."?");
// rest of the key: up to the next mark or the end.
// A block is 16 entries, or fewer when a key shares more than MAX_SHARED characters with the previous one.
// Marks are taken from U+0040..U+005F, which no key holds since keys are lower case. All of it is ASCII
// that JSON leaves as it is: a runtime message carries the packed tables as JSON, and in Chromium 156 a
// string with any character JSON escapes (a control character, '"', '\\') took three times as long to
// cross (docs/architecture.md, Knowledge loading).

const MARK = 0x40;
const MAX_SHARED = 0x1b; // "[": the next one, 0x5c, is "\\"
const HEAD = 0x5f;
const CLASS_BASE = 0x23; // after '"'
const MAX_CLASS = MARK - 1 - CLASS_BASE;
const BLOCK = 16;
const HEAD_CHAR = String.fromCharCode(HEAD);
// FNV-1a, as text/letters.ts foldHash (which names/lexicon.ts compares these hashes with).
const FNV_START = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** U+0040..U+005F (false for NaN, past the end of the string). */
const isMark = (c: number) => (c & 0xffe0) === MARK;
/** What a key may not hold: the marks (so no upper case), control characters and surrogates (text tokens
 *  hold none; a table is cut anywhere into message parts). */
const isForbidden = (c: number) => c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0xd800 && c <= 0xdfff) || isMark(c);

/** Turns a readable table ("key,class|…", sorted, unique lower-case keys, classes 0..28) into the packed
 *  form. Throws on anything else. Works on offsets into `plain` (Node packs the whole file at import). */
export function packTable(plain: string): string {
  // Character codes into one buffer, turned into a string in slices at the end: about 3x faster than
  // concatenating 300,000 small strings.
  const out = new Uint16Array(plain.length + 2);
  let n = 0;
  let inBlock = BLOCK;
  let previous = -1; // where the previous key starts in `plain`
  let previousLength = 0;
  for (let from = 0; plain; ) {
    let to = plain.indexOf('|', from);
    if (to < 0) to = plain.length;
    const comma = plain.lastIndexOf(',', to - 1);
    const length = comma - from;
    const cls = comma < from || comma + 1 === to ? NaN : Number(plain.slice(comma + 1, to));
    if (!Number.isInteger(cls) || cls < 0 || cls > MAX_CLASS) throw new Error(`knowledge table: bad entry "${plain.slice(from, to)}"`);
    let shared = 0;
    if (previous >= 0) {
      while (shared < length && shared < previousLength && plain.charCodeAt(from + shared) === plain.charCodeAt(previous + shared)) shared++;
      if (shared === length || (shared < previousLength && plain.charCodeAt(from + shared) < plain.charCodeAt(previous + shared))) {
        throw new Error(`knowledge table: "${plain.slice(from, comma)}" is not after "${plain.slice(previous, previous + previousLength)}"`);
      }
    }
    const head = inBlock === BLOCK || shared > MAX_SHARED;
    if (head) shared = 0;
    inBlock = head ? 1 : inBlock + 1;
    out[n++] = head ? HEAD : MARK + shared;
    out[n++] = CLASS_BASE + cls;
    for (let i = from + shared; i < comma; i++) {
      const c = plain.charCodeAt(i);
      if (isForbidden(c)) throw new Error(`knowledge table: upper-case or control character in "${plain.slice(from, comma)}"`);
      out[n++] = c;
    }
    previous = from;
    previousLength = length;
    if (to === plain.length) break;
    from = to + 1;
  }
  let packed = '';
  for (let i = 0; i < n; i += 0x2000) packed += String.fromCharCode(...out.subarray(i, Math.min(n, i + 0x2000)));
  return packed;
}

export class SortedTable {
  private heads: Uint32Array | null = null;

  /** `packed`: a table in the packed form (packTable), which starts with a block head: a readable table
   *  passed by mistake would otherwise answer "unknown" to everything. */
  constructor(private readonly packed: string) {
    if (packed && packed.charCodeAt(0) !== HEAD) throw new Error('SortedTable: not a packed table (see packTable)');
  }

  /** Where each block starts (built on first use: one indexOf pass over the string). */
  private index(): Uint32Array {
    if (this.heads) return this.heads;
    const d = this.packed;
    let n = 0;
    for (let at = d.indexOf(HEAD_CHAR); at >= 0; at = d.indexOf(HEAD_CHAR, at + 1)) n++;
    const heads = new Uint32Array(n);
    let k = 0;
    for (let at = d.indexOf(HEAD_CHAR); at >= 0; at = d.indexOf(HEAD_CHAR, at + 1)) heads[k++] = at;
    return (this.heads = heads);
  }

  /** Compares `key` with the full key of the block head at `at`, as the < operator on strings does. */
  private compareHead(key: string, at: number): number {
    const d = this.packed;
    for (let i = 0, p = at + 2; ; i++, p++) {
      const e = d.charCodeAt(p);
      const entryEnded = p >= d.length || isMark(e);
      if (i === key.length) return entryEnded ? 0 : -1;
      if (entryEnded) return 1;
      const k = key.charCodeAt(i);
      if (k !== e) return k < e ? -1 : 1;
    }
  }

  /** The class stored for `key` (lower case), or undefined. */
  get(key: string): number | undefined {
    const heads = this.index();
    // The last block whose head key is <= key.
    let lo = 0;
    let hi = heads.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareHead(key, heads[mid]) < 0) hi = mid;
      else lo = mid + 1;
    }
    if (lo === 0) return undefined;
    // Walk the block. `matched`: how many leading characters the previous entry (which is < key) shares
    // with key. An entry sharing more than that with the previous one differs from key where the previous
    // one did, the same way: it is < key too. An entry sharing less is > key, and so is all that follows.
    const d = this.packed;
    const n = d.length;
    const start = heads[lo - 1];
    let matched = 0;
    for (let pos = start; pos < n; ) {
      const mark = d.charCodeAt(pos);
      if (mark === HEAD && pos !== start) return undefined; // the next block's head is > key
      const shared = mark === HEAD ? 0 : mark - MARK;
      let i = pos + 2;
      if (shared < matched) return undefined;
      if (shared === matched) {
        let k = shared;
        while (i < n && k < key.length) {
          const c = d.charCodeAt(i);
          if (isMark(c) || c !== key.charCodeAt(k)) break;
          i++;
          k++;
        }
        const entryEnded = i >= n || isMark(d.charCodeAt(i));
        if (k === key.length) return entryEnded ? d.charCodeAt(pos + 1) - CLASS_BASE : undefined;
        if (!entryEnded && key.charCodeAt(k) < d.charCodeAt(i)) return undefined;
        matched = k;
      }
      while (i < n && !isMark(d.charCodeAt(i))) i++; // the rest of this entry's key
      pos = i;
    }
    return undefined;
  }

  /** Calls `visit` with each key's FNV-1a hash (text/letters.ts foldHash), in the table's order, without making a
   *  string per key: a key shares its first characters with the one before it, and so does their hash. */
  eachKeyHash(visit: (hash: number) => void): void {
    const d = this.packed;
    const n = d.length;
    // prefix[i]: the hash of the previous key's first i characters.
    const prefix = new Int32Array(64);
    prefix[0] = FNV_START;
    for (let pos = 0; pos < n; ) {
      const mark = d.charCodeAt(pos);
      let length = mark === HEAD ? 0 : mark - MARK;
      let h = prefix[length];
      let i = pos + 2;
      for (; i < n && !isMark(d.charCodeAt(i)); i++) {
        h = Math.imul(h ^ d.charCodeAt(i), FNV_PRIME);
        if (++length < 64) prefix[length] = h;
      }
      visit(h & 0x3fffffff);
      pos = i;
    }
  }

  /** Number of entries (for reports and tests): one mark each. */
  size(): number {
    const d = this.packed;
    let n = 0;
    for (let i = 0; i < d.length; i++) if (isMark(d.charCodeAt(i))) n++;
    return n;
  }
}
