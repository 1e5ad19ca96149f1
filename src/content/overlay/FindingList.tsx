// The list of what was found: category in plain words, the matched words, the reason.
import { CATEGORY_WORDS } from './strings';
import type { Category } from '../../detector/types';

export interface ShownFinding {
  category: Category;
  words: string;
  reason: string;
}

const MAX_WORDS_SHOWN = 80;

export function FindingList({ findings }: { findings: ShownFinding[] }) {
  return (
    <ul aria-label="What was found">
      {findings.map((f, i) => (
        <li key={i}>
          <span class="category">{CATEGORY_WORDS[f.category] ?? f.category}</span>
          {f.words && (
            <>
              {': '}
              <span class="words">{shorten(f.words)}</span>
            </>
          )}
          {f.reason && <span class="reason">{f.reason}</span>}
        </li>
      ))}
    </ul>
  );
}

function shorten(words: string): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_WORDS_SHOWN ? `${flat.slice(0, MAX_WORDS_SHOWN - 1)}…` : flat;
}
