// Pairs of adjacent characters, the unit of the rules' keyword prefilters (rules/run.ts): a keyword one of
// whose pairs the paragraph lacks cannot occur in it. Character codes above 127 share one slot.

export const slot = (code: number) => (code < 128 ? code : 127);

/** A keyword's pairs of adjacent characters, as slots of a 128 × 128 table (none for a one-character keyword). */
export function pairsOf(keyword: string): Uint16Array {
  const pairs = new Uint16Array(Math.max(0, keyword.length - 1));
  for (let i = 1; i < keyword.length; i++) pairs[i - 1] = slot(keyword.charCodeAt(i - 1)) * 128 + slot(keyword.charCodeAt(i));
  return pairs;
}
