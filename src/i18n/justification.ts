// The default justification reasons are shown in the interface's language, but the value chosen
// (and recorded in the audit trail, which accepts only the policy's own reasons) stays the English
// original. Reasons an organisation writes itself are shown as written.
import { DEFAULT_JUSTIFICATION_REASONS } from '../policy/defaults';
import { t, type MessageKey } from './index';

const DEFAULT_REASON_KEYS: readonly MessageKey[] = ['justifyAuthorisation', 'justifyNotReal', 'justifyPublic', 'justifyOther'];

export function justificationLabel(reason: string): string {
  const i = DEFAULT_JUSTIFICATION_REASONS.indexOf(reason);
  return i >= 0 && DEFAULT_REASON_KEYS[i] ? t(DEFAULT_REASON_KEYS[i]) : reason;
}
