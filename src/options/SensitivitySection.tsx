// Sensitivity: how readily PHI Guard warns. Levels below the organisation's floor are disabled.
import { SENSITIVITIES, type Sensitivity } from '../detector/types';
import type { EffectiveSettings } from '../policy/types';
import { LockedNote } from './LockedNote';
import { saveAndAnnounce, type Announce } from './save';

const LEVELS: Record<Sensitivity, string> = {
  low: 'Low — warn only about clear identifiers such as record or Social Security numbers',
  medium: 'Medium — also warn about names, dates, places and ages in a patient context',
  high: 'High — also warn about patient stories with fewer details',
};

export function SensitivitySection({ settings, announce }: { settings: EffectiveSettings; announce: Announce }) {
  const locked = settings.locked.includes('sensitivity');
  const floor = SENSITIVITIES.indexOf(settings.minSensitivity);
  return (
    <section aria-labelledby="sensitivity-heading">
      <fieldset>
        <legend id="sensitivity-heading">Sensitivity {locked && <LockedNote />}</legend>
        {floor > 0 && !locked && (
          <p class="hint">Your organisation requires at least “{settings.minSensitivity}”.</p>
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
                {LEVELS[level]}
              </label>
              {i < floor && !locked && <LockedNote />}
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
}
