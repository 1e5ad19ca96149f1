// Paste text and see what PHI Guard would flag and why, with the current settings. Runs the same
// detector as the composer, with the same knowledge of names, places and word scores, loaded from the
// package as the content script loads it (the content script's loader: a message to the worker); until it
// arrives the core answers, and the text is scanned again when it does. Nothing leaves this page and
// nothing is stored.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { scan } from '../detector';
import { knowledgeGeneration, onKnowledgeChange } from '../detector/knowledge';
import { loadKnowledge } from '../content/knowledge-loader';
import { toScanOptions } from '../policy/scan-options';
import type { EffectiveSettings } from '../policy/types';
import { HighlightedText } from './HighlightedText';
import { t } from '../i18n';
import { categoryName, findingReason } from '../i18n/findings';
import { ImageTestBench } from './ImageTestBench';

export function TestBench({ settings }: { settings: EffectiveSettings }) {
  const [text, setText] = useState('');
  const [knowledge, setKnowledge] = useState(knowledgeGeneration());
  useEffect(() => {
    const stop = onKnowledgeChange(() => setKnowledge(knowledgeGeneration()));
    loadKnowledge(() => {});
    return stop;
  }, []);
  const result = useMemo(() => (text.trim() ? scan(text, toScanOptions(settings)) : null), [text, settings, knowledge]);
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
