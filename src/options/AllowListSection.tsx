// Words and numbers never flagged, one per line (e.g. the hospital's public phone number).
import { useEffect, useState } from 'preact/hooks';
import type { EffectiveSettings } from '../policy/types';
import { LockedNote } from './LockedNote';
import { saveAndAnnounce, type Announce } from './save';
import { t } from '../i18n';

export function AllowListSection({ settings, announce }: { settings: EffectiveSettings; announce: Announce }) {
  const locked = settings.locked.includes('allowList');
  const [draft, setDraft] = useState(settings.allowList.join('\n'));
  useEffect(() => setDraft(settings.allowList.join('\n')), [settings.allowList.join('\n')]);
  const save = () => {
    const entries = draft.split('\n').map((line) => line.trim()).filter(Boolean);
    void saveAndAnnounce({ allowList: entries }, announce);
  };
  return (
    <section aria-labelledby="allow-heading">
      <h2 id="allow-heading">{t('allowHeading')} {locked && <LockedNote />}</h2>
      <label for="allow-list" class="hint">
        {t('allowHint')}
      </label>
      <textarea id="allow-list" value={draft} disabled={locked} onInput={(e) => setDraft(e.currentTarget.value)} />
      <button type="button" disabled={locked} onClick={save}>{t('allowSave')}</button>
    </section>
  );
}
