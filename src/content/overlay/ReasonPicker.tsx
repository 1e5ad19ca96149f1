// Justify mode: the reasons the organisation accepts, as radio buttons (one choice, all visible,
// keyboard-operable with the arrow keys). The value is the policy's reason; the label may be a
// translation of a default reason.
import { t } from '../../i18n';
import { justificationLabel } from '../../i18n/justification';

export interface ReasonPickerProps {
  reasons: string[];
  chosen: string | null;
  onChoose(reason: string): void;
  trusted(event: Event): boolean;
}

export function ReasonPicker({ reasons, chosen, onChoose, trusted }: ReasonPickerProps) {
  return (
    <fieldset>
      <legend>{t('dialogReasonLegend')}</legend>
      {reasons.map((reason) => (
        <label key={reason}>
          <input
            type="radio"
            name="phi-guard-reason"
            value={reason}
            checked={chosen === reason}
            onChange={(e) => {
              if (trusted(e)) onChoose(reason);
              else (e.currentTarget as HTMLInputElement).checked = chosen === reason;
            }}
          />
          <span>{justificationLabel(reason)}</span>
        </label>
      ))}
    </fieldset>
  );
}
