// Sensitivity: how readily PHI Guard warns. Levels below the organisation's floor are disabled.
import { SENSITIVITIES } from '../detector/types';
import type { EffectiveSettings } from '../policy/types';
import { LockedNote } from './LockedNote';
import { saveAndAnnounce, type Announce } from './save';
import { t } from '../i18n';

export function SensitivitySection({ settings, announce }: { settings: EffectiveSettings; announce: Announce }) {
  const locked = settings.locked.includes('sensitivity');
  const floor = SENSITIVITIES.indexOf(settings.minSensitivity);
  return (
    <section aria-labelledby="sensitivity-heading">
      <fieldset>
        <legend id="sensitivity-heading">{t('sensitivityHeading')} {locked && <LockedNote />}</legend>
        {floor > 0 && !locked && (
          <p class="hint">{t('sensitivityFloor', t(`sensitivityName_${settings.minSensitivity}`))}</p>
        )}
        <ul class="option-list">
          {SENSITIVITIES.map((level, i) => (
            <li key={level}>
              <label>
                <input
                  type="radio" name="sensitivity" value={level}
                  checked={settings.sensitivity === level}
                  disabled={locked || i < floor}
                  onChange={() => void saveAndAnnounce({ sensitivity: level }, announce)}
                />{' '}
                {t(`sensitivity_${level}`)}
              </label>
              {i < floor && !locked && <LockedNote />}
            </li>
          ))}
        </ul>
        <MarkIdentifiers settings={settings} announce={announce} />
      </fieldset>
    </section>
  );
}

/** Faint marks on identifiers in posts that do not warn (Finding.level 'notice'). */
function MarkIdentifiers({ settings, announce }: { settings: EffectiveSettings; announce: Announce }) {
  const locked = settings.locked.includes('markIdentifiers');
  return (
    <p>
      <label>
        <input
          type="checkbox" checked={settings.markIdentifiers} disabled={locked} aria-describedby="mark-identifiers-hint"
          onChange={(e) => void saveAndAnnounce({ markIdentifiers: (e.currentTarget as HTMLInputElement).checked }, announce)}
        />{' '}
        {t('markIdentifiers')} {locked && <LockedNote />}
      </label>
      <br />
      <span class="hint" id="mark-identifiers-hint">{t('markIdentifiersHint')}</span>
    </p>
  );
}
