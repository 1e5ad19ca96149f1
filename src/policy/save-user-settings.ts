// Writes the user's own settings (storage.sync) from the options page. Values are validated first,
// and keys the organisation has locked are refused, so a tampered page cannot override policy.
import type { Category } from '../detector/types';
import { extensionApi, LOCAL_KEYS } from './extension-api';
import { ProblemList } from './problems';
import { readManagedPolicy, readUserSettings, currentPatternCheck } from './storage-layers';
import { settingsFromRawLayers } from './layers';
import type { RegexVerdicts } from './regex-verdicts';
import type { Policy, PolicyKey, PolicyProblem } from './types';
import { USER_KEYS, validatePolicyWith } from './validate-core';

export interface SaveResult {
  saved: PolicyKey[];
  problems: PolicyProblem[];
}

export async function saveUserSettings(partial: Partial<Policy>): Promise<SaveResult> {
  const api = extensionApi();
  const local = (await api?.storage.local.get(LOCAL_KEYS.regexVerdicts)) ?? {};
  const check = currentPatternCheck(local[LOCAL_KEYS.regexVerdicts] as RegexVerdicts);
  const current = settingsFromRawLayers(await readUserSettings(), await readManagedPolicy(), check);
  const refused = new ProblemList('user');
  const wanted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(partial)) {
    if (current.locked.includes(key as PolicyKey)) refused.add(key, 'is set by your organisation and cannot be changed here');
    else if (!USER_KEYS.includes(key as PolicyKey)) refused.add(key, 'only your organisation can set this');
    else wanted[key] = value;
  }
  if (wanted.categories && typeof wanted.categories === 'object') {
    const mine = { ...(wanted.categories as Record<string, unknown>) };
    for (const category of current.lockedCategories) {
      if (category in mine) refused.add(`categories.${category}`, 'is set by your organisation and cannot be changed here');
      delete mine[category as Category];
    }
    wanted.categories = mine;
  }
  const { policy, problems } = validatePolicyWith(wanted, 'user', check);
  if (Array.isArray(policy.customRules)) {
    policy.customRules = policy.customRules.filter((rule, i) => {
      const clash = current.managedRuleIds.includes(rule.id);
      if (clash) refused.add(`customRules[${i}].id`, `"${rule.id}" is already used by an organisation rule; choose another id`);
      return !clash;
    });
  }
  // A key whose value was rejected outright is not written, so the last good value stays in effect.
  const saved = Object.keys(policy) as PolicyKey[];
  if (api && saved.length) await api.storage.sync.set({ ...policy });
  return { saved, problems: [...refused.items, ...problems] };
}

/** Returns one of the user's settings to the default (or to what the organisation sets). */
export async function resetUserSetting(key: PolicyKey): Promise<void> {
  await extensionApi()?.storage.sync.remove(key);
}
