// Service worker entry. Listeners are registered synchronously at the top level, as MV3 requires
// for the worker to be woken by them. Policy changes reach every tab through storage.onChanged
// (watchSettings), so nothing is fanned out from here.
import { applyRetention } from '../audit/store';
import { FLUSH_ALARM, flushAuditQueue } from '../audit/delivery';
import { extensionApi } from '../policy/extension-api';
import { checkPatternBacktracking } from '../policy/regex-safety';
import { loadSettings, usePatternCheck } from '../policy/settings';
import { openAcknowledgementIfNeeded } from './acknowledgement';
import { syncExtraSites } from './extra-sites';
import { forgetTab, onMessage } from './message-router';
import { endPause, PAUSE_END_ALARM } from './pause';
import { extensionVersion } from './record-audit';
import { refreshRegexVerdicts } from './regex-verdicts-refresher';

usePatternCheck(checkPatternBacktracking);

async function flushNow(): Promise<void> {
  const settings = await loadSettings();
  await flushAuditQueue(settings.audit.endpoint, extensionVersion());
}

async function onPolicyOrSettingsChanged(): Promise<void> {
  await refreshRegexVerdicts();
  await syncExtraSites();
  await openAcknowledgementIfNeeded();
}

async function onWorkerStart(): Promise<void> {
  await onPolicyOrSettingsChanged();
  const settings = await loadSettings();
  await applyRetention(settings.audit.retentionDays);
  await flushAuditQueue(settings.audit.endpoint, extensionVersion());
}

const api = extensionApi();
if (api) {
  api.runtime.onMessage.addListener(onMessage);
  api.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed' || area === 'sync') void onPolicyOrSettingsChanged();
  });
  api.tabs.onRemoved.addListener(forgetTab);
  // A new page in the tab (a load or reload): the old page's health reports no longer apply.
  api.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forgetTab(tabId);
  });
  api.permissions?.onAdded.addListener(() => void syncExtraSites());
  api.permissions?.onRemoved.addListener(() => void syncExtraSites());
  api.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === FLUSH_ALARM) void flushNow();
    if (alarm.name === PAUSE_END_ALARM) void endPause();
  });
  void onWorkerStart();
}
