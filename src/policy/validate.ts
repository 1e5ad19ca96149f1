// validatePolicy with the full backtracking analysis: for the CLI, the service worker and the options
// page. (The content script reads the worker's verdicts instead; see regex-verdicts.ts.)
import type { ProblemSource } from './problems';
import { checkPatternBacktracking } from './regex-safety';
import { validatePolicyWith, type ValidationResult } from './validate-core';

export { POLICY_KEYS, USER_KEYS, type ValidationResult } from './validate-core';

export function validatePolicy(raw: unknown, source: ProblemSource): ValidationResult {
  return validatePolicyWith(raw, source, checkPatternBacktracking);
}
