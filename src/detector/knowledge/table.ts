// A sorted "key,class|key,class|…" string searched in place: no Set or Map is built, so installing the
// knowledge costs no parsing time and the tab's memory is the strings themselves (a few MB).

export class SortedTable {
  constructor(private readonly data: string) {}

  /** The class stored for `key` (lower case), or undefined. */
  get(key: string): number | undefined {
    const d = this.data;
    let lo = 0;
    let hi = d.length;
    while (lo < hi) {
      // The entry that contains the middle character.
      const mid = (lo + hi) >>> 1;
      const start = d.lastIndexOf('|', mid - 1) + 1;
      const startAt = start < lo ? lo : start;
      let end = d.indexOf('|', mid);
      if (end < 0) end = d.length;
      const comma = d.lastIndexOf(',', end - 1);
      const entryKey = d.slice(startAt, comma);
      if (entryKey === key) return Number(d.slice(comma + 1, end));
      if (key < entryKey) hi = startAt;
      else lo = end + 1;
    }
    return undefined;
  }

  /** Number of entries (for reports and tests). */
  size(): number {
    if (!this.data) return 0;
    let n = 1;
    for (let at = this.data.indexOf('|'); at >= 0; at = this.data.indexOf('|', at + 1)) n++;
    return n;
  }
}
