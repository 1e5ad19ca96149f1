// Adds a custom rule, checked as you type, with its matches shown in sample text.
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, type Category, type RuleSpec } from '../detector/types';
import { CATEGORY_INFO } from './category-info';
import { HighlightedText } from './HighlightedText';
import { checkDraft, matchesIn, MAX_SAMPLE } from './rule-draft';

const EMPTY: RuleSpec = { id: '', category: 'MRN', pattern: '', flags: '' };

export function RuleEditor({ existing, onAdd }: { existing: RuleSpec[]; onAdd: (rule: RuleSpec) => void }) {
  const [draft, setDraft] = useState<RuleSpec>(EMPTY);
  const [sample, setSample] = useState('Seen today: MRN 1234567, bay 4.');
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
      <h3 id="new-rule-heading">Add a rule</h3>
      <div class="row">
        <label>Rule id<input type="text" value={draft.id} onInput={(e) => set({ id: e.currentTarget.value })} /></label>
        <label>Category
          <select value={draft.category} onChange={(e) => set({ category: e.currentTarget.value as Category })}>
            {CATEGORIES.map((c) => <option key={c} value={c}>{CATEGORY_INFO[c].name}</option>)}
          </select>
        </label>
        <label>Pattern (regular expression)
          <input type="text" size={36} value={draft.pattern} aria-describedby="rule-help rule-problems"
            onInput={(e) => set({ pattern: e.currentTarget.value })} />
        </label>
        <label>Flags<input type="text" size={4} value={draft.flags} onInput={(e) => set({ flags: e.currentTarget.value })} /></label>
      </div>
      <p class="hint" id="rule-help">
        Examples: <code>\bMRN[- ]?\d{'{7}'}\b</code> matches “MRN 1234567”; <code>\b(?:bay|bed) \d{'{1,2}'}\b</code> with
        flag <code>i</code> matches “Bed 12”. Flags: i (ignore case), m, s, u.
      </p>
      <div id="rule-problems" aria-live="polite">
        {check.messages.map((m, i) => <p key={i} class="error">{m}</p>)}
      </div>
      <label for="rule-sample">Try it on this text</label>
      <textarea id="rule-sample" maxLength={MAX_SAMPLE} value={sample} onInput={(e) => setSample(e.currentTarget.value)} />
      {check.rule && <HighlightedText text={sample} spans={spans} label="Matches of the new rule" />}
      {check.rule && <p class="hint">{spans.length} match{spans.length === 1 ? '' : 'es'}.</p>}
      <button type="submit" disabled={!check.rule}>Add rule</button>
    </form>
  );
}
