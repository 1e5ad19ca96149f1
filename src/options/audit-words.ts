// Audit actions in the interface's language (the records themselves keep the stable English ids).
import { t, type MessageKey } from '../i18n';
import type { AuditAction } from '../shared/messages';

export function auditActionLabel(action: AuditAction): string {
  return t(`auditAction_${action.replace(/-/g, '_')}` as MessageKey);
}
