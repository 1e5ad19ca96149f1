// The local audit trail, kept fresh as new events are recorded.
import { useEffect, useState } from 'preact/hooks';
import { readAuditEvents } from '../audit/store';
import { extensionApi, LOCAL_KEYS } from '../policy/extension-api';
import type { AuditEvent } from '../shared/messages';

export function useAuditEvents(): AuditEvent[] {
  const [events, setEvents] = useState<AuditEvent[]>([]);
  useEffect(() => {
    void readAuditEvents().then(setEvents);
    const api = extensionApi();
    const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      if (area === 'local' && LOCAL_KEYS.auditEvents in changes) void readAuditEvents().then(setEvents);
    };
    api?.storage.onChanged.addListener(listener);
    return () => api?.storage.onChanged.removeListener(listener);
  }, []);
  return events;
}
