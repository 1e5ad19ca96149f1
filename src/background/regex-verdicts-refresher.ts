// Computes the backtracking verdict of every custom rule pattern in the user and managed layers
// and stores them for content scripts (see src/policy/regex-verdicts.ts). Known verdicts are reused;
// verdicts for patterns no longer in any layer are dropped.
import { extensionApi, LOCAL_KEYS } from '../policy/extension-api';
import { checkPatternBacktracking } from '../policy/regex-safety';
import { rawRulePatterns, verdictKey, type RegexVerdicts } from '../policy/regex-verdicts';
import { readManagedPolicy, readUserSettings } from '../policy/storage-layers';
import { checkFlags, checkPatternSyntax } from '../policy/validate-rules';

export async function refreshRegexVerdicts(): Promise<RegexVerdicts> {
  const api = extensionApi();
  if (!api) return {};
  const [user, managed, local] = await Promise.all([
    readUserSettings(), readManagedPolicy(), api.storage.local.get(LOCAL_KEYS.regexVerdicts),
  ]);
  const known = (local[LOCAL_KEYS.regexVerdicts] ?? {}) as RegexVerdicts;
  const next: RegexVerdicts = {};
  for (const { pattern, flags } of [...rawRulePatterns(managed), ...rawRulePatterns(user)]) {
    const key = verdictKey(pattern, flags);
    if (key in next) continue;
    next[key] = key in known
      ? known[key]
      : checkFlags(flags) ?? checkPatternSyntax(pattern, flags) ?? checkPatternBacktracking(pattern, flags);
  }
  if (JSON.stringify(next) !== JSON.stringify(known)) await api.storage.local.set({ [LOCAL_KEYS.regexVerdicts]: next });
  return next;
}
