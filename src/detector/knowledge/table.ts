// A sorted "key,class|key,class|…" string searched in place: no Set or Map of the entries is built, so
// installing the knowledge costs no parsing time and the tab's memory is the strings themselves (a few
// MB) plus, from the first lookup, one 32-bit offset per entry (about 1.2 MB for all four tables), so a
// lookup is a binary search over entries that compares characters in place and allocates nothing.

const PIPE = 124;
const COMMA = 44;

export class SortedTable {
  private starts: Uint32Array | null = null;

  constructor(private readonly data: string) {}

  /** Where each entry starts (built on first use: one pass over the string). */
  private index(): Uint32Array {
    if (this.starts) return this.starts;
    const d = this.data;
    let n = d ? 1 : 0;
    for (let at = d.indexOf('|'); at >= 0; at = d.indexOf('|', at + 1)) n++;
    const starts = new Uint32Array(n);
    let k = 0;
    if (d) {
      starts[k++] = 0;
      for (let at = d.indexOf('|'); at >= 0; at = d.indexOf('|', at + 1)) starts[k++] = at + 1;
    }
    return (this.starts = starts);
  }

  /** Compares `key` with the key of the entry starting at `start`, as the < operator on strings does. */
  private compare(key: string, start: number): number {
    const d = this.data;
    for (let i = 0; ; i++) {
      const e = start + i < d.length ? d.charCodeAt(start + i) : COMMA;
      const entryEnded = e === COMMA || e === PIPE;
      if (i === key.length) return entryEnded ? 0 : -1;
      if (entryEnded) return 1;
      const k = key.charCodeAt(i);
      if (k !== e) return k < e ? -1 : 1;
    }
  }

  /** The class stored for `key` (lower case), or undefined. */
  get(key: string): number | undefined {
    const starts = this.index();
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compare(key, starts[mid]);
      if (c === 0) {
        const d = this.data;
        const valueAt = starts[mid] + key.length + 1;
        let end = d.indexOf('|', valueAt);
        if (end < 0) end = d.length;
        return Number(d.slice(valueAt, end));
      }
      if (c < 0) hi = mid;
      else lo = mid + 1;
    }
    return undefined;
  }

  /** Number of entries (for reports and tests). */
  size(): number {
    return this.index().length;
  }
}
