// Paste text and see what PHI Guard would flag and why, with the current settings. Runs the same
// detector as the composer; nothing leaves this page and nothing is stored.
import { useMemo, useState } from 'preact/hooks';
import { scan } from '../detector';
import { toScanOptions } from '../policy/scan-options';
import type { EffectiveSettings } from '../policy/types';
import { CATEGORY_INFO } from './category-info';
import { HighlightedText } from './HighlightedText';

export function TestBench({ settings }: { settings: EffectiveSettings }) {
  const [text, setText] = useState('');
  const result = useMemo(() => (text.trim() ? scan(text, toScanOptions(settings)) : null), [text, settings]);
  return (
    <section aria-labelledby="bench-heading">
      <h2 id="bench-heading">Test bench</h2>
      <label for="bench-text" class="hint">Paste or type a draft to see what would be flagged. It is not saved or sent anywhere.</label>
      <textarea id="bench-text" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      {result && (
        <div aria-live="polite">
          <p data-verdict={result.verdict}>
            {result.verdict === 'warn' ? 'PHI Guard would warn about this post.' : 'PHI Guard would let this post through.'}
            {' '}Risk {Math.round(result.risk * 100)}%.
          </p>
          <HighlightedText text={text} label="Draft with flagged words highlighted"
            spans={result.findings.map((f) => ({ start: f.start, end: f.end, title: f.reason }))} />
          <ul class="findings">
            {result.findings.map((f, i) => (
              <li key={i}>
                <strong>{CATEGORY_INFO[f.category]?.name ?? f.category}</strong>: “{text.slice(f.start, f.end)}” — {f.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
