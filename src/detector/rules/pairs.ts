// Pairs of adjacent characters, the unit of the rules' keyword prefilters (rules/run.ts): a keyword one of
// whose pairs the paragraph lacks cannot occur in it. Character codes above 127 share one slot.

export const slot = (code: number) => (code < 128 ? code : 127);

// How common a character is in the posts' lower-case text, rank 0 the most common (English letter frequency;
// a space and the common letters first, digits and punctuation after the letters, other characters last).
const COMMON = ' etaoinsrhldcumfpgwybvkxjqz0123456789.,-';
const RANK = new Uint8Array(128).fill(COMMON.length);
for (let i = 0; i < COMMON.length; i++) RANK[COMMON.charCodeAt(i)] = i;

/** A keyword's pairs of adjacent characters, as slots of a 128 × 128 table (none for a one-character keyword),
 *  each once, the rarest first. Every reader asks whether all of them are in the paragraph and stops at the first
 *  that is not: a rare pair first ("jn" of "january") answers most paragraphs in one look, where the keyword's
 *  first pair ("ja", "an") is in many. Only the order of the checks changes, not their answer. */
export function pairsOf(keyword: string): Uint16Array {
  const pairs: number[] = [];
  for (let i = 1; i < keyword.length; i++) {
    const pair = slot(keyword.charCodeAt(i - 1)) * 128 + slot(keyword.charCodeAt(i));
    if (!pairs.includes(pair)) pairs.push(pair);
  }
  // Rarer: the sum of its characters' ranks is higher (a stable sort keeps ties in the keyword's order).
  const rarity = (pair: number) => RANK[pair >> 7] + RANK[pair & 127];
  return Uint16Array.from(pairs.sort((a, b) => rarity(b) - rarity(a)));
}
