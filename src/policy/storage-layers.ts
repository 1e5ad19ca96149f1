// Reads the raw user and managed layers, and picks the pattern-safety check for this context.
import { extensionApi } from './extension-api';
import { checkFromVerdicts, verdictKey, type RegexVerdicts } from './regex-verdicts';
import type { PatternSafetyCheck } from './validate-rules';

let fullPatternCheck: PatternSafetyCheck | undefined;

/**
 * Pages that bundle the analyser (service worker, options page) pass it here so custom rules are
 * checked at once; elsewhere the worker's stored verdicts are used.
 */
export function usePatternCheck(check: PatternSafetyCheck): void {
  fullPatternCheck = check;
}

export function currentPatternCheck(verdicts: RegexVerdicts | undefined): PatternSafetyCheck {
  const stored = checkFromVerdicts(verdicts);
  const full = fullPatternCheck;
  if (!full) return stored;
  // Reuse a stored verdict where there is one: the analysis can take a while per pattern.
  return (pattern, flags) => (verdicts && verdictKey(pattern, flags) in verdicts ? stored(pattern, flags) : full(pattern, flags));
}

/**
 * Managed storage: Chromium returns {} without policy, Firefox rejects with "Managed storage manifest
 * not found". Either way (or on any other failure) there is simply no organisation policy.
 */
export async function readManagedPolicy(): Promise<Record<string, unknown>> {
  try {
    return ((await extensionApi()?.storage.managed.get(null)) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export async function readUserSettings(): Promise<Record<string, unknown>> {
  try {
    return ((await extensionApi()?.storage.sync.get(null)) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

