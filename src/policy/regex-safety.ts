// Catastrophic-backtracking check for custom rule patterns, with redos-detector.
//
// The pattern is analysed anchored at a start position ("^(?:…)"): that finds nested and
// overlapping quantifiers such as (a+)+ or (\w+\s?)* that explode on one attempt. Unanchored,
// redos-detector also counts the engine retrying at every position, which rejects ordinary rules
// like \bMRN:?\s*\d{7}\b; the detector bounds that cost by scanning paragraph by paragraph.
import { isSafePattern } from 'redos-detector';
import type { PatternSafetyCheck } from './validate-rules';

/** Beyond this many milliseconds the pattern is called too complex rather than analysed further. */
const ANALYSIS_TIMEOUT_MS = 1000;

export const checkPatternBacktracking: PatternSafetyCheck = (pattern, flags) => {
  try {
    const result = isSafePattern(`^(?:${pattern})`, {
      caseInsensitive: flags.includes('i'),
      unicode: flags.includes('u'),
      dotAll: flags.includes('s'),
      multiLine: flags.includes('m'),
      timeout: ANALYSIS_TIMEOUT_MS,
    });
    if (result.safe) return null;
    if (result.error === 'timedOut' || result.error === 'hitMaxSteps') {
      return 'is too complex to prove safe; simplify it (fewer nested or repeated groups)';
    }
    return 'can backtrack catastrophically (nested or overlapping repeats such as (a+)+ or (\\w+\\s?)*) and could freeze the browser on long text';
  } catch (error) {
    // redos-detector refuses some syntax (e.g. backreferences); such patterns cannot be proved safe.
    return `uses syntax the safety check cannot analyse (${(error as Error).message.split('\n')[0]})`;
  }
};
