// First-run acknowledgement of the organisation's social media policy.
import { useState } from 'preact/hooks';
import { acknowledgementVersion } from '../background/acknowledgement';
import { NO_SITE } from '../audit/sanitize-event';
import { extensionApi, LOCAL_KEYS } from '../policy/extension-api';
import type { EffectiveSettings } from '../policy/types';
import type { Message } from '../shared/messages';
import { t } from '../i18n';

export function Acknowledge({ settings }: { settings: EffectiveSettings }) {
  const [done, setDone] = useState(false);
  const { acknowledgement, orgName, policyUrl } = settings;
  const acknowledge = async () => {
    const api = extensionApi();
    await api?.storage.local.set({ [LOCAL_KEYS.acknowledgedVersion]: acknowledgementVersion(acknowledgement.version) });
    const message: Message = { type: 'audit', event: { siteId: NO_SITE, action: 'acknowledged', categories: {}, ruleIds: [], riskBucket: 'low' } };
    await api?.runtime.sendMessage(message);
    setDone(true);
  };
  return (
    <main>
      <h1>{orgName ? t('ackHeadingNamed', orgName) : t('ackHeading')}</h1>
      <p style={{ whiteSpace: 'pre-wrap' }}>
        {acknowledgement.text || t('ackDefaultText')}
      </p>
      {policyUrl && <p><a href={policyUrl} target="_blank" rel="noreferrer noopener">{t('ackReadPolicy')}</a></p>}
      {done ? <p role="status">{t('ackThanks')}</p> : (
        <button type="button" onClick={() => void acknowledge()}>{t('ackButton')}</button>
      )}
    </main>
  );
}
