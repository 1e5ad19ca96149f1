// Filters for the audit table: site, action and a date range.
import { AUDIT_ACTIONS, NO_SITE } from '../audit/sanitize-event';
import type { AuditFilter } from '../audit/filter';
import { SITE_IDS, SITE_LABELS } from '../policy/site-ids';
import type { AuditAction } from '../shared/messages';

const DAY_MS = 86_400_000;
const dateValue = (ms?: number) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));
const parseDate = (value: string, endOfDay: boolean) =>
  value ? Date.parse(`${value}T00:00:00`) + (endOfDay ? DAY_MS - 1 : 0) : undefined;

export function AuditFilters({ filter, onChange }: { filter: AuditFilter; onChange: (f: AuditFilter) => void }) {
  return (
    <div class="row" role="group" aria-label="Filter the audit trail">
      <label>Site
        <select aria-label="Site" value={filter.siteId ?? ''} onChange={(e) => onChange({ ...filter, siteId: e.currentTarget.value || undefined })}>
          <option value="">All sites</option>
          {SITE_IDS.map((s) => <option key={s} value={s}>{SITE_LABELS[s]}</option>)}
          <option value={NO_SITE}>Not about one site</option>
        </select>
      </label>
      <label>Action
        <select aria-label="Action" value={filter.action ?? ''} onChange={(e) => onChange({ ...filter, action: (e.currentTarget.value || undefined) as AuditAction | undefined })}>
          <option value="">All actions</option>
          {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{a}</option>)}
        </select>
      </label>
      <label>From<input type="date" aria-label="From" value={dateValue(filter.from)} onChange={(e) => onChange({ ...filter, from: parseDate(e.currentTarget.value, false) })} /></label>
      <label>To<input type="date" aria-label="To" value={dateValue(filter.to)} onChange={(e) => onChange({ ...filter, to: parseDate(e.currentTarget.value, true) })} /></label>
    </div>
  );
}
