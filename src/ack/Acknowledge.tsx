// First-run acknowledgement of the organisation's social media policy.
import { useState } from 'preact/hooks';
import { acknowledgementVersion } from '../background/acknowledgement';
import { NO_SITE } from '../audit/sanitize-event';
import { extensionApi, LOCAL_KEYS } from '../policy/extension-api';
import type { EffectiveSettings } from '../policy/types';
import type { Message } from '../shared/messages';

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
      <h1>{orgName ? `${orgName}: social media policy` : 'Social media policy'}</h1>
      <p style={{ whiteSpace: 'pre-wrap' }}>
        {acknowledgement.text || 'Do not share information about patients on social media, in review replies or in AI chats.'}
      </p>
      {policyUrl && <p><a href={policyUrl} target="_blank" rel="noreferrer noopener">Read the full policy</a></p>}
      {done ? <p role="status">Thank you. You can close this tab.</p> : (
        <button type="button" onClick={() => void acknowledge()}>I have read and understood this policy</button>
      )}
    </main>
  );
}
