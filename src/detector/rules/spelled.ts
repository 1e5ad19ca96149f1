// Numbers written to slip past a filter: digit by digit ("4 1 5 5 5 5 0 1 3 2") or in words ("four one
// five, five five five…"). Turned back into plain digits so the ordinary validators can judge them.

const DIGIT_WORDS: Record<string, string> = {
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};

/** "five one two" or "5 1 2" → "512"; null when a word is not a digit. */
export function spelledDigits(value: string): string | null {
  let out = '';
  for (const token of value.toLowerCase().split(/[\s,.-]+/)) {
    if (!token) continue;
    if (/^\d$/.test(token)) out += token;
    else if (token in DIGIT_WORDS) out += DIGIT_WORDS[token];
    else return null;
  }
  return out;
}
