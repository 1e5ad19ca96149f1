// The content-free audit trail: what was flagged where and what happened, never what was written.
import { useState } from 'preact/hooks';
import { eventsToCsv, eventsToJson, formatCategories } from '../audit/export';
import { filterEvents, type AuditFilter } from '../audit/filter';
import type { EffectiveSettings } from '../policy/types';
import { AuditFilters } from './AuditFilters';
import { downloadText } from './download';
import { useAuditEvents } from './use-audit-events';
import { formatTime, plural, t } from '../i18n';
import { justificationLabel } from '../i18n/justification';
import { auditActionLabel } from './audit-words';

const SHOWN_ROWS = 200;

export function AuditSection({ settings }: { settings: EffectiveSettings }) {
  const events = useAuditEvents();
  const [filter, setFilter] = useState<AuditFilter>({});
  const shown = filterEvents(events, filter).reverse();
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('auditHeading')}</h2>
      <p class="hint">
        {t('auditKept', settings.audit.retentionDays)}{settings.audit.endpoint && <> {t('auditSent')}</>}
      </p>
      <AuditFilters filter={filter} onChange={setFilter} />
      <div class="row">
        <button type="button" class="secondary" onClick={() => downloadText(`phi-guard-audit-${stamp}.csv`, eventsToCsv(shown), 'text/csv')}>{t('auditExportCsv')}</button>
        <button type="button" class="secondary" onClick={() => downloadText(`phi-guard-audit-${stamp}.json`, eventsToJson(shown), 'application/json')}>{t('auditExportJson')}</button>
        <span class="hint">{plural(shown.length, 'auditEventsOne', 'auditEventsOther')}</span>
      </div>
      {shown.length === 0 ? <p>{t('auditNoEvents')}</p> : (
        <table aria-label={t('auditTableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('auditColumnTime')}</th><th scope="col">{t('auditColumnSite')}</th>
              <th scope="col">{t('auditColumnAction')}</th><th scope="col">{t('auditColumnCategories')}</th>
              <th scope="col">{t('auditColumnRisk')}</th><th scope="col">{t('auditColumnReason')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, SHOWN_ROWS).map((e, i) => (
              <tr key={`${e.time}-${i}`}>
                <td>{formatTime(e.time)}</td><td>{e.siteId}</td>
                <td>{e.part ? `${auditActionLabel(e.action)} (${t(`auditPart_${e.part}`)})` : auditActionLabel(e.action)}</td>
                <td>{formatCategories(e.categories)}</td><td>{e.part ? '' : t(`risk_${e.riskBucket}`)}</td>
                <td>{e.reason ? justificationLabel(e.reason) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
