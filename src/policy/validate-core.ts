// The one policy validator, shared by managed policy, user settings, the options page and the CLI.
// It never throws: every key is checked, invalid values are dropped with an explanation, and the
// rest applies. The backtracking check is passed in so the content script can use verdicts the
// service worker already computed instead of bundling and running the analyser on every page.
import { describeValue, isPlainObject, ProblemList, type ProblemSource } from './problems';
import type { PolicyKey, PolicyLayer, PolicyProblem } from './types';
import * as field from './validate-fields';
import { validateRules, type PatternSafetyCheck } from './validate-rules';
import { validateSiteOverrides } from './validate-site-overrides';

export interface ValidationResult {
  policy: PolicyLayer;
  problems: PolicyProblem[];
}

type FieldValidator = (value: unknown, path: string, problems: ProblemList, check: PatternSafetyCheck) => unknown;

const VALIDATORS: Record<PolicyKey, FieldValidator> = {
  mode: field.validateMode,
  sensitivity: field.validateSensitivity,
  minSensitivity: field.validateSensitivity,
  categories: field.validateCategories,
  disabledSites: field.validateSiteList,
  extraSites: field.validateHostList,
  allowList: (v, p, pr) => field.validateStringList(v, p, pr),
  customRules: validateRules,
  justificationReasons: (v, p, pr) => {
    const reasons = field.validateStringList(v, p, pr);
    if (reasons && reasons.length === 0) pr.add(p, 'must name at least one reason; the default reasons were used');
    return reasons?.length ? reasons : undefined;
  },
  policyUrl: field.validateUrl,
  orgName: (v, p, pr) => field.validateText(v, p, pr),
  supportContact: (v, p, pr) => field.validateText(v, p, pr),
  acknowledgement: field.validateAcknowledgement,
  audit: field.validateAudit,
  allowPause: field.validateBoolean,
  language: field.validateLanguage,
  siteOverrides: validateSiteOverrides,
  photoFaces: field.validatePhotoFaces,
  markIdentifiers: field.validateBoolean,
};

export const POLICY_KEYS = Object.keys(VALIDATORS) as PolicyKey[];

/** What a person may change in the options page; everything else is the organisation's to set. */
export const USER_KEYS: readonly PolicyKey[] = ['sensitivity', 'markIdentifiers', 'categories', 'disabledSites', 'allowList', 'customRules'];

export function validatePolicyWith(raw: unknown, source: ProblemSource, check: PatternSafetyCheck): ValidationResult {
  const problems = new ProblemList(source);
  const policy: Partial<Record<PolicyKey, unknown>> = {};
  if (raw === undefined || raw === null) return { policy: {}, problems: [] };
  if (!isPlainObject(raw)) {
    problems.add('', `the policy must be a JSON object, not ${describeValue(raw)}; nothing in it was applied`);
    return { policy: {}, problems: problems.items };
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.prototype.hasOwnProperty.call(VALIDATORS, key)) {
      problems.add(key, `unknown key "${key.slice(0, 40)}" was ignored (known keys: ${POLICY_KEYS.join(', ')})`);
      continue;
    }
    const policyKey = key as PolicyKey;
    if (source === 'user' && !USER_KEYS.includes(policyKey)) {
      problems.add(key, 'only your organisation can set this; your value was ignored');
      continue;
    }
    const accepted = VALIDATORS[policyKey](value, key, problems, check);
    if (accepted !== undefined) policy[policyKey] = accepted;
  }
  return { policy: policy as PolicyLayer, problems: problems.items };
}
