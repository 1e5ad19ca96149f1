// The test bench's photo half: choose an image and see what PHI Guard would find in it, read by the
// same analyser as attached photos (worker -> offscreen document / background page), with the
// current settings. The thumbnail is drawn from the chosen file; nothing is stored or sent.
import { useEffect, useState } from 'preact/hooks';
import { requestAnalysis } from '../content/attachments/analysis-client';
import type { AttachedImage } from '../content/attachments/attached-images';
import { imageAnalysisOptions, shownImages } from '../content/attachments/image-gate';
import { judgeImages } from '../content/attachments/image-verdict';
import { ImageFindings } from '../content/overlay/ImageFindings';
import { t } from '../i18n';
import { atLeast } from '../policy/scan-options';
import type { EffectiveSettings } from '../policy/types';
import type { ImageResult } from '../shared/image-messages';

type State = { file: File; result: ImageResult | null } | null;

export function ImageTestBench({ settings }: { settings: EffectiveSettings }) {
  const [state, setState] = useState<State>(null);

  useEffect(() => {
    if (!state || state.result) return;
    const abort = new AbortController();
    const { file } = state;
    const options = imageAnalysisOptions(settings, atLeast(settings.sensitivity, settings.minSensitivity), '');
    void file.arrayBuffer().then((buffer) =>
      requestAnalysis({ bytes: new Uint8Array(buffer), mime: file.type || undefined, name: file.name, options, signal: abort.signal }),
    ).then((result) => {
      if (!abort.signal.aborted) setState({ file, result });
    });
    return () => abort.abort();
  }, [state, settings]);

  const result = state?.result ?? null;
  const judged = state && result ? judgeImages([{ id: 1, file: state.file, result } as unknown as AttachedImage]) : null;
  return (
    <div class="image-bench">
      <label for="bench-image" class="hint">{t('benchImageLabel')}</label>
      <input
        id="bench-image"
        type="file"
        accept="image/png,image/jpeg,image/webp"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          setState(file ? { file, result: null } : null);
        }}
      />
      <div aria-live="polite">
        {state && !result && <p>{t('benchImageReading')}</p>}
        {result && judged && (
          <>
            <p data-verdict={judged.flagged.length || judged.unchecked.length ? 'warn' : 'ok'}>
              {result.error
                ? t('benchImageUnchecked', result.error)
                : judged.flagged.length
                  ? t('benchImageWarn')
                  : t('benchImageOk')}
            </p>
            <ImageFindings images={shownImages(judged)} checking={false} />
          </>
        )}
      </div>
    </div>
  );
}
