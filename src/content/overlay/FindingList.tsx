// The list of what was found: category in plain words, the matched words, the reason (both in
// the interface's language).
import type { Category, StoryEvidence } from '../../detector/types';
import { t } from '../../i18n';
import { categoryName, findingReason } from '../../i18n/findings';

export interface ShownFinding {
  category: Category;
  /** Names the reason in the message catalogue; the detector's English `reason` is the fallback. */
  ruleId?: string;
  words: string;
  reason: string;
  evidence?: StoryEvidence[];
}

const MAX_WORDS_SHOWN = 80;

export function FindingList({ findings }: { findings: ShownFinding[] }) {
  return (
    <ul aria-label={t('dialogFindingsLabel')}>
      {findings.map((f, i) => (
        <li key={i}>
          <span class="category">{categoryName(f.category)}</span>
          {f.words && (
            <>
              {': '}
              <span class="words">{shorten(f.words)}</span>
            </>
          )}
          {f.reason && <span class="reason">{findingReason(f)}</span>}
        </li>
      ))}
    </ul>
  );
}

function shorten(words: string): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_WORDS_SHOWN ? `${flat.slice(0, MAX_WORDS_SHOWN - 1)}…` : flat;
}
