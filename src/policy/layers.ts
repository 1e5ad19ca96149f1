// Raw layers (as read from storage or a policy file) -> validated, merged effective settings.
import { DEFAULT_POLICY } from './defaults';
import { effectiveFromLayers } from './merge';
import type { EffectiveSettings } from './types';
import { validatePolicyWith } from './validate-core';
import type { PatternSafetyCheck } from './validate-rules';

export function settingsFromRawLayers(rawUser: unknown, rawManaged: unknown, check: PatternSafetyCheck): EffectiveSettings {
  const managed = validatePolicyWith(rawManaged, 'managed', check);
  const user = validatePolicyWith(rawUser, 'user', check);
  return effectiveFromLayers(DEFAULT_POLICY, user.policy, managed.policy, [...managed.problems, ...user.problems]);
}
