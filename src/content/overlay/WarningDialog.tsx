// The warning (design.md §6): role="alertdialog", named "This post may contain patient
// information", listing each finding, with Edit (always) and Post anyway (warn; justify once a
// reason is chosen; absent in block mode, which shows the support contact). Buttons act only on
// trusted events, so a page script cannot press them.
import { useState } from 'preact/hooks';
import type { Mode } from '../../policy/types';
import type { SiteKind } from '../../sites/types';
import { IMAGE_WORDS } from '../attachments/image-words';
import { FindingList, type ShownFinding } from './FindingList';
import { ImageFindings, type ShownImage } from './ImageFindings';
import { ReasonPicker } from './ReasonPicker';
import { dialogWords } from './strings';
import { language, t } from '../../i18n';

export interface WarningDialogProps {
  kind: SiteKind;
  mode: Exclude<Mode, 'audit'>;
  findings: ShownFinding[];
  reasons: string[];
  policyUrl: string;
  orgName: string;
  supportContact: string;
  /** Attached photos that were flagged or could not be checked. */
  images?: ShownImage[];
  /** A photo is still being read: the decision waits for it ("Post anyway" waits too). */
  checking?: boolean;
  onEdit(): void;
  onProceed(reason?: string): void;
  /** Whether an event came from the user; injectable so tests can exercise both answers. */
  trusted?(event: Event): boolean;
}

const isTrusted = (event: Event) => event.isTrusted;

export function WarningDialog(props: WarningDialogProps) {
  const trusted = props.trusted ?? isTrusted;
  const words = dialogWords(props.kind);
  const [reason, setReason] = useState<string | null>(null);
  const images = props.images ?? [];
  const checking = props.checking === true;
  const canProceed = !checking && (props.mode === 'warn' || (props.mode === 'justify' && reason !== null));
  const intro = props.findings.length === 0 ? IMAGE_WORDS.intro(props.kind === 'ai') : words.intro;
  const policyLabel = props.orgName ? t('dialogPolicyLinkNamed', props.orgName) : t('dialogPolicyLink');

  return (
    <div
      class="dialog"
      lang={language()}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="phi-guard-title"
      aria-describedby="phi-guard-intro"
    >
      <h2 id="phi-guard-title">{words.title}</h2>
      <p id="phi-guard-intro">{props.mode === 'block' ? words.blocked : intro}</p>
      {props.findings.length > 0 && <FindingList findings={props.findings} />}
      <ImageFindings images={images} checking={checking} />
      {props.policyUrl && (
        <p>
          <a href={props.policyUrl} target="_blank" rel="noopener noreferrer">
            {policyLabel}
          </a>
        </p>
      )}
      {props.mode === 'block' && props.supportContact && (
        <p>
          {t('dialogQuestions')} <span class="contact">{props.supportContact}</span>
        </p>
      )}
      {props.mode === 'justify' && (
        <ReasonPicker reasons={props.reasons} chosen={reason} onChoose={setReason} trusted={trusted} />
      )}
      <div class="actions">
        {props.mode !== 'block' && (
          <button
            type="button"
            class="secondary"
            disabled={!canProceed}
            onClick={(e) => {
              if (trusted(e) && canProceed) props.onProceed(reason ?? undefined);
            }}
          >
            {words.proceed}
          </button>
        )}
        <button
          type="button"
          class="primary"
          data-autofocus
          onClick={(e) => {
            if (trusted(e)) props.onEdit();
          }}
        >
          {words.edit}
        </button>
      </div>
    </div>
  );
}
