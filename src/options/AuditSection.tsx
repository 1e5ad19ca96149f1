// The content-free audit trail: what was flagged where and what happened, never what was written.
import { useState } from 'preact/hooks';
import { eventsToCsv, eventsToJson, formatCategories } from '../audit/export';
import { filterEvents, type AuditFilter } from '../audit/filter';
import type { EffectiveSettings } from '../policy/types';
import { AuditFilters } from './AuditFilters';
import { downloadText } from './download';
import { useAuditEvents } from './use-audit-events';

const SHOWN_ROWS = 200;

export function AuditSection({ settings }: { settings: EffectiveSettings }) {
  const events = useAuditEvents();
  const [filter, setFilter] = useState<AuditFilter>({});
  const shown = filterEvents(events, filter).reverse();
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit trail</h2>
      <p class="hint">
        Kept in this browser for {settings.audit.retentionDays} days. It records where a warning appeared and what happened —
        never what you wrote.{settings.audit.endpoint && ' Your organisation also receives these records.'}
      </p>
      <AuditFilters filter={filter} onChange={setFilter} />
      <div class="row">
        <button type="button" class="secondary" onClick={() => downloadText(`phi-guard-audit-${stamp}.csv`, eventsToCsv(shown), 'text/csv')}>Export CSV</button>
        <button type="button" class="secondary" onClick={() => downloadText(`phi-guard-audit-${stamp}.json`, eventsToJson(shown), 'application/json')}>Export JSON</button>
        <span class="hint">{shown.length} event{shown.length === 1 ? '' : 's'}</span>
      </div>
      {shown.length === 0 ? <p>No events match.</p> : (
        <table aria-label="Audit events, newest first">
          <thead><tr><th scope="col">Time</th><th scope="col">Site</th><th scope="col">Action</th><th scope="col">Categories</th><th scope="col">Risk</th><th scope="col">Reason</th></tr></thead>
          <tbody>
            {shown.slice(0, SHOWN_ROWS).map((e, i) => (
              <tr key={`${e.time}-${i}`}>
                <td>{new Date(e.time).toLocaleString()}</td><td>{e.siteId}</td><td>{e.part ? `${e.action} (${e.part})` : e.action}</td>
                <td>{formatCategories(e.categories)}</td><td>{e.part ? '' : e.riskBucket}</td><td>{e.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
