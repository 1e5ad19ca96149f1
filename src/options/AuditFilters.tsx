// Filters for the audit table: site, action and a date range.
import { AUDIT_ACTIONS, NO_SITE } from '../audit/sanitize-event';
import type { AuditFilter } from '../audit/filter';
import { SITE_IDS, SITE_LABELS } from '../policy/site-ids';
import type { AuditAction } from '../shared/messages';
import { t } from '../i18n';
import { auditActionLabel } from './audit-words';

const DAY_MS = 86_400_000;
const dateValue = (ms?: number) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));
const parseDate = (value: string, endOfDay: boolean) =>
  value ? Date.parse(`${value}T00:00:00`) + (endOfDay ? DAY_MS - 1 : 0) : undefined;

export function AuditFilters({ filter, onChange }: { filter: AuditFilter; onChange: (f: AuditFilter) => void }) {
  return (
    <div class="row" role="group" aria-label={t('auditFiltersLabel')}>
      <label>{t('auditFilterSite')}
        <select value={filter.siteId ?? ''} onChange={(e) => onChange({ ...filter, siteId: e.currentTarget.value || undefined })}>
          <option value="">{t('auditFilterAllSites')}</option>
          {SITE_IDS.map((s) => <option key={s} value={s}>{SITE_LABELS[s]}</option>)}
          <option value={NO_SITE}>{t('auditFilterNoSite')}</option>
        </select>
      </label>
      <label>{t('auditFilterAction')}
        <select value={filter.action ?? ''} onChange={(e) => onChange({ ...filter, action: (e.currentTarget.value || undefined) as AuditAction | undefined })}>
          <option value="">{t('auditFilterAllActions')}</option>
          {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{auditActionLabel(a)}</option>)}
        </select>
      </label>
      <label>{t('auditFilterFrom')}<input type="date" value={dateValue(filter.from)} onChange={(e) => onChange({ ...filter, from: parseDate(e.currentTarget.value, false) })} /></label>
      <label>{t('auditFilterTo')}<input type="date" value={dateValue(filter.to)} onChange={(e) => onChange({ ...filter, to: parseDate(e.currentTarget.value, true) })} /></label>
    </div>
  );
}
