// Paste text and see what PHI Guard would flag and why, with the current settings. Runs the same
// detector as the composer; nothing leaves this page and nothing is stored.
import { useMemo, useState } from 'preact/hooks';
import { scan } from '../detector';
import { toScanOptions } from '../policy/scan-options';
import type { EffectiveSettings } from '../policy/types';
import { HighlightedText } from './HighlightedText';
import { t } from '../i18n';
import { categoryName, findingReason } from '../i18n/findings';
import { ImageTestBench } from './ImageTestBench';

export function TestBench({ settings }: { settings: EffectiveSettings }) {
  const [text, setText] = useState('');
  const result = useMemo(() => (text.trim() ? scan(text, toScanOptions(settings)) : null), [text, settings]);
  return (
    <section aria-labelledby="bench-heading">
      <h2 id="bench-heading">{t('benchHeading')}</h2>
      <label for="bench-text" class="hint">{t('benchHint')}</label>
      <textarea id="bench-text" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      {result && (
        <div aria-live="polite">
          <p data-verdict={result.verdict}>
            {t(result.verdict === 'warn' ? 'benchWouldWarn' : 'benchWouldPass')}{' '}
            {t('benchRisk', Math.round(result.risk * 100))}
          </p>
          <HighlightedText text={text} label={t('benchPreviewLabel')}
            spans={result.findings.map((f) => ({ start: f.start, end: f.end, title: findingReason(f), notice: f.level === 'notice' }))} />
          <ul class="findings">
            {result.findings.map((f, i) => (
              <li key={i}>
                <strong>{categoryName(f.category)}</strong>: “{text.slice(f.start, f.end)}” — {findingReason(f)}
                {f.level === 'notice' && <> {t('benchNotice')}</>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ImageTestBench settings={settings} />
    </section>
  );
}
