// Layers: built-in defaults < user settings < managed policy (design.md §7).
// A key present in managed policy is locked. Two keys merge more finely, because IT commonly sets
// part of them and leaves the rest to people:
//  - categories: each category IT names is locked on its own (lockedCategories); the others stay
//    the user's.
//  - customRules: the organisation's rules always apply and are read-only (managedRuleIds); a user's
//    own rules are added after them unless their id collides with an organisation rule.
// The user's sensitivity never goes below the organisation's minSensitivity.
import type { Category, RuleSpec } from '../detector/types';
import { atLeast } from './scan-options';
import type { EffectiveSettings, Policy, PolicyKey, PolicyLayer, PolicyProblem } from './types';

const FINE_GRAINED: ReadonlySet<PolicyKey> = new Set(['categories', 'customRules']);

function mergeRules(user: RuleSpec[] = [], managed: RuleSpec[] | undefined): RuleSpec[] {
  const managedRules = managed ?? [];
  const taken = new Set(managedRules.map((r) => r.id));
  return [...managedRules, ...user.filter((r) => !taken.has(r.id))];
}

export function effectiveFromLayers(
  defaults: Readonly<Policy>,
  user: PolicyLayer,
  managed: PolicyLayer,
  problems: PolicyProblem[] = [],
): EffectiveSettings {
  const base = structuredClone(defaults) as Policy;
  const merged: Policy = { ...base, ...structuredClone(user), ...structuredClone(managed) } as Policy;
  const locked = (Object.keys(managed) as PolicyKey[]).filter((key) => !FINE_GRAINED.has(key));

  merged.categories = { ...base.categories, ...user.categories, ...managed.categories };
  merged.customRules = mergeRules(user.customRules, managed.customRules);
  merged.acknowledgement = { ...base.acknowledgement, ...managed.acknowledgement };
  merged.audit = { ...base.audit, ...managed.audit };

  // Only IT sets the floor; a user value below it is raised, not rejected.
  merged.minSensitivity = managed.minSensitivity ?? base.minSensitivity;
  merged.sensitivity = atLeast(merged.sensitivity, merged.minSensitivity);

  return {
    ...merged,
    locked,
    lockedCategories: Object.keys(managed.categories ?? {}) as Category[],
    managedRuleIds: (managed.customRules ?? []).map((r) => r.id),
    problems,
    pausedUntil: 0,
  };
}

export function isLocked(settings: Pick<EffectiveSettings, 'locked'>, key: PolicyKey): boolean {
  return settings.locked.includes(key);
}
