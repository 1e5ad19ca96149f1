// The toolbar popup: status on this tab's site, today's warnings, settings, and a 15-minute pause
// when the organisation allows it (the pause is recorded in the audit trail).
import { useEffect, useState } from 'preact/hooks';
import { warningsToday } from '../audit/filter';
import { readAuditEvents } from '../audit/store';
import { extensionApi } from '../policy/extension-api';
import type { EffectiveSettings } from '../policy/types';
import type { Message, SiteHealth } from '../shared/messages';
import { SiteHealthNote } from './SiteHealthNote';
import { describeStatus, siteStatus } from './site-status';
import { plural, t } from '../i18n';

export const PAUSE_MINUTES = 15;

export interface PopupProps {
  settings: EffectiveSettings;
  tabUrl: string | undefined;
  /** This tab's site-health reports, kept by the worker for the page now open. */
  health?: readonly SiteHealth[];
}

export function Popup({ settings, tabUrl, health = [] }: PopupProps) {
  const [warnings, setWarnings] = useState<number | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => { void readAuditEvents().then((events) => setWarnings(warningsToday(events))); }, []);
  const status = siteStatus(settings, tabUrl);
  const pause = async () => {
    const message: Message = { type: 'pause', minutes: PAUSE_MINUTES };
    const reply = (await extensionApi()?.runtime.sendMessage(message)) as { ok: boolean } | undefined;
    setNote(t(reply?.ok ? 'popupPausedNote' : 'popupPauseRefused'));
  };
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <p class={`status-${status.kind}`} data-status={status.kind}>{describeStatus(status)}</p>
      {status.kind !== 'paused' && status.kind !== 'site-off' && <SiteHealthNote reports={health} />}
      <p>{warnings === null ? '' : plural(warnings, 'popupWarningsOne', 'popupWarningsOther')}</p>
      {settings.allowPause && status.kind !== 'paused' && (
        <button type="button" onClick={() => void pause()}>{t('popupPause')}</button>
      )}
      <p role="status" aria-live="polite">{note}</p>
      <p><a href="#" onClick={(e) => { e.preventDefault(); void extensionApi()?.runtime.openOptionsPage(); }}>{t('popupSettings')}</a></p>
    </main>
  );
}
