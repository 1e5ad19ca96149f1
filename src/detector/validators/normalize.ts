// Shared input handling for the validators. Rules hand over the matched text as the user typed it, so
// "943 476 5919", "943-476-5919" and "9434765919" must all validate alike; typographic dashes and
// no-break spaces arrive from word processors and rich-text composers, so they count as separators too.

const SEPARATORS = /[\s\-.\u2010-\u2015]/g;

/** The candidate without separators, uppercased so letter positions compare without case. */
export function compact(candidate: string): string {
  return candidate.replace(SEPARATORS, '').toUpperCase();
}

/** "123-45 6789" is how numbers in tables and version strings collide, not how people write an SSN. */
export function hasMixedSeparators(candidate: string): boolean {
  return new Set(candidate.match(SEPARATORS) ?? []).size > 1;
}

/** Filler such as 000000000 or 111111111 passes several checksums but is never a real identifier. */
export function isAllSame(text: string): boolean {
  return /^(.)\1*$/.test(text);
}
