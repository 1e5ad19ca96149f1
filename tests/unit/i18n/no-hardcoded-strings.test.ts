// A user-facing string written in a component instead of the message catalogue fails this test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findHardcodedStrings } from './find-hardcoded-strings';

const INTERFACE_DIRS = ['src/content/overlay', 'src/options', 'src/popup', 'src/ack'];

/** Strings that are allowed to stay in code, each with the reason. */
const EXCEPTIONS: { file: string; text: string; why: string }[] = [
  { file: 'src/options/RuleEditor.tsx', text: 'i', why: 'a regular-expression flag in an example: code, the same in every language' },
];

/** Files that hold no words: style sheets. */
const SKIPPED_FILES = new Set(['src/content/overlay/styles.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('user-facing strings come from the message catalogue', () => {
  const files = INTERFACE_DIRS.flatMap(sourceFiles).filter((f) => !SKIPPED_FILES.has(f));

  it('scans the interface code', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('finds no words written in components', () => {
    const problems = files.flatMap((file) =>
      findHardcodedStrings(readFileSync(file, 'utf8'), file)
        .filter((hit) => !EXCEPTIONS.some((e) => e.file === file && e.text === hit.text))
        .map((hit) => `${file}:${hit.line} ${hit.why}: ${JSON.stringify(hit.text)}`));
    expect(problems, 'move these into public/_locales/*/messages.json and use t()').toEqual([]);
  });

  it('uses every exception it allows (so the list does not go stale)', () => {
    for (const e of EXCEPTIONS) {
      const hits = findHardcodedStrings(readFileSync(e.file, 'utf8'), e.file).map((h) => h.text);
      expect(hits, `${e.file}: ${e.text}`).toContain(e.text);
    }
  });
});

describe('the scanner', () => {
  const texts = (source: string, file = 'x.tsx') => findHardcodedStrings(source, file).map((h) => `${h.why}:${h.text}`);

  it('catches JSX text, rendered literals, visible attributes and sentences in constants', () => {
    expect(texts(`const A = () => <p title="Hello there">Post anyway {ok ? 'Yes' : t('no')} <b>{'Edit'}</b></p>;`))
      .toEqual(['visible-attribute:Hello there', 'jsx-text:Post anyway', 'rendered-literal:Yes', 'rendered-literal:Edit']);
    expect(texts(`const B = () => <button aria-label={\`Remove rule \${id}\`} />;`)).toEqual(['visible-attribute:Remove rule']);
    expect(texts(`setNote('Paused for 15 minutes.'); const L = { low: 'warn only about clear identifiers' };`, 'x.ts'))
      .toEqual(['sentence:Paused for 15 minutes.', 'sentence:warn only about clear identifiers']);
  });

  it('leaves catalogue keys, class names, ids, punctuation and code alone', () => {
    expect(texts(`import { t } from '../i18n';
      const C = () => <p class="hint status-ok" id="x" data-mode={mode === 'warn' ? 'a' : 'b'}>{t('popupPause')}{': '}{' '}<a href="https://x" rel="noopener noreferrer">{t('k', n)}</a>{x && '…'}</p>;
      const url = \`phi-guard-audit-\${stamp}.csv\`; type K = 'Some Type Words';`)).toEqual([]);
  });
});
