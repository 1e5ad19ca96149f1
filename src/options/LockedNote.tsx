// The one marker shown next to every control the organisation has set.
import { t } from '../i18n';

export function LockedNote() {
  return <span class="locked">{t('lockedNote')}</span>;
}
