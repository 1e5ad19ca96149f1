// Adds a custom rule, checked as you type, with its matches shown in sample text.
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, type Category, type RuleSpec } from '../detector/types';
import { HighlightedText } from './HighlightedText';
import { checkDraft, matchesIn, MAX_SAMPLE } from './rule-draft';
import { plural, t } from '../i18n';

const EMPTY: RuleSpec = { id: '', category: 'MRN', pattern: '', flags: '' };
/** Regular expressions and what they match: code, the same in every language. */
const EXAMPLE_MRN = { pattern: String.raw`\bMRN[- ]?\d{7}\b`, match: 'MRN 1234567' };
const EXAMPLE_BED = { pattern: String.raw`\b(?:bay|bed) \d{1,2}\b`, match: 'Bed 12' };

export function RuleEditor({ existing, onAdd }: { existing: RuleSpec[]; onAdd: (rule: RuleSpec) => void }) {
  const [draft, setDraft] = useState<RuleSpec>(EMPTY);
  const [sample, setSample] = useState(() => t('ruleSample'));
  const [check, setCheck] = useState<ReturnType<typeof checkDraft>>({ rule: null, messages: [] });
  const touched = draft.id !== '' || draft.pattern !== '';
  useEffect(() => {
    // Debounced: the backtracking analysis can take a moment on complex patterns.
    const timer = setTimeout(() => setCheck(touched ? checkDraft(draft, existing) : { rule: null, messages: [] }), 250);
    return () => clearTimeout(timer);
  }, [draft, existing]);
  const set = (patch: Partial<RuleSpec>) => setDraft({ ...draft, ...patch });
  const spans = check.rule ? matchesIn(check.rule, sample) : [];
  return (
    <form aria-labelledby="new-rule-heading" onSubmit={(e) => { e.preventDefault(); if (check.rule) { onAdd(check.rule); setDraft(EMPTY); } }}>
      <h3 id="new-rule-heading">{t('ruleAddHeading')}</h3>
      <div class="row">
        <label>{t('ruleId')}<input type="text" value={draft.id} onInput={(e) => set({ id: e.currentTarget.value })} /></label>
        <label>{t('ruleCategory')}
          <select value={draft.category} onChange={(e) => set({ category: e.currentTarget.value as Category })}>
            {CATEGORIES.map((c) => <option key={c} value={c}>{t(`categoryOption_${c}`)}</option>)}
          </select>
        </label>
        <label>{t('rulePattern')}
          <input type="text" size={36} value={draft.pattern} aria-describedby="rule-help rule-problems"
            onInput={(e) => set({ pattern: e.currentTarget.value })} />
        </label>
        <label>{t('ruleFlags')}<input type="text" size={4} value={draft.flags} onInput={(e) => set({ flags: e.currentTarget.value })} /></label>
      </div>
      <p class="hint" id="rule-help">
        {t('ruleExamples')} <code>{EXAMPLE_MRN.pattern}</code> {t('ruleExampleMatches')} “{EXAMPLE_MRN.match}”;{' '}
        <code>{EXAMPLE_BED.pattern}</code> {t('ruleExampleWithFlag')} <code>i</code> {t('ruleExampleMatches')} “{EXAMPLE_BED.match}”.{' '}
        {t('ruleFlagsHelp')}
      </p>
      <div id="rule-problems" aria-live="polite">
        {check.messages.map((m, i) => <p key={i} class="error">{m}</p>)}
      </div>
      <label for="rule-sample">{t('ruleTryIt')}</label>
      <textarea id="rule-sample" maxLength={MAX_SAMPLE} value={sample} onInput={(e) => setSample(e.currentTarget.value)} />
      {check.rule && <HighlightedText text={sample} spans={spans} label={t('ruleMatchesLabel')} />}
      {check.rule && <p class="hint">{plural(spans.length, 'ruleMatchesOne', 'ruleMatchesOther')}</p>}
      <button type="submit" disabled={!check.rule}>{t('ruleAdd')}</button>
    </form>
  );
}
