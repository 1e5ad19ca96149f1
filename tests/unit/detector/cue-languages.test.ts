// The story cues in languages other than English travel with the knowledge (story/cue-languages.ts,
// knowledge/packaged.ts): the content script carries the English ones from page start, and
// story/signals.ts installCueLanguages adds the rest when the knowledge is installed. Node installs the
// knowledge at import, so every other test reads all the languages.
import { inflateRawSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { knowledgePackage } from '../../../scripts/lib/knowledge-package';
import { installKnowledge } from '../../../src/detector/knowledge';
import { PACKAGED_KNOWLEDGE } from '../../../src/detector/knowledge/packaged';
import { knowledgeFromText } from '../../../src/detector/knowledge/wire';
import { CUE_LANGUAGES } from '../../../src/detector/story/cue-languages';
import { CUE_GROUP_NAMES, CUE_GROUPS } from '../../../src/detector/story/cues';
import { prepareCueLanguages, storySignals } from '../../../src/detector/story/signals';

const ROOT = resolve(import.meta.dirname, '../../..');
// Written for this test: the same transfer told in English and in Vietnamese, Italian and Spanish.
const ENGLISH = 'the patient from bay three got airlifted after midnight';
const OTHERS = ['bệnh nhân được chuyển viện sau nửa đêm', 'il paziente è stato elitrasportato dopo mezzanotte', 'la paciente fue trasladada en helicóptero pasada la medianoche'];
const counted = (text: string) => Object.values(storySignals(text).counts).reduce((a, b) => a + b, 0);

afterAll(() => {
  installKnowledge(PACKAGED_KNOWLEDGE);
});

describe('cue phrases in other languages', () => {
  it('are counted once the knowledge is installed, and only then', () => {
    const english = storySignals(ENGLISH).counts;
    const withAll = OTHERS.map(counted);
    for (const n of withAll) expect(n).toBeGreaterThanOrEqual(2);
    installKnowledge(null);
    expect(storySignals(ENGLISH).counts).toEqual(english);
    OTHERS.forEach((text, i) => expect(counted(text)).toBeLessThan(withAll[i]));
    expect(installKnowledge(PACKAGED_KNOWLEDGE)).toBe(true);
    expect(OTHERS.map(counted)).toEqual(withAll);
    // Built ahead from the knowledge's header (as the content script does while the tables arrive), they count
    // only once the knowledge is installed, and then as the index installKnowledge builds does.
    installKnowledge(null);
    prepareCueLanguages(PACKAGED_KNOWLEDGE.cues);
    expect(OTHERS.map(counted).every((n, i) => n < withAll[i])).toBe(true);
    expect(installKnowledge(PACKAGED_KNOWLEDGE)).toBe(true);
    expect(OTHERS.map(counted)).toEqual(withAll);
  });

  it('are left out when malformed, and the English cues and the rest of the knowledge still work', () => {
    const english = storySignals(ENGLISH).counts;
    const vietnamese = counted(OTHERS[0]);
    for (const cues of [{ refThird: [1, 2], careEvent: 'nhập viện' }, { notAGroup: ['bệnh nhân'] }, ['bệnh nhân'], 'bệnh nhân', { refThird: [''] }]) {
      expect(installKnowledge({ ...PACKAGED_KNOWLEDGE, cues: cues as never })).toBe(true);
      expect(storySignals(ENGLISH).counts).toEqual(english);
      expect(counted(OTHERS[0])).toBeLessThan(vietnamese);
    }
    // A well-formed group beside a malformed one still installs.
    expect(installKnowledge({ ...PACKAGED_KNOWLEDGE, cues: { refThird: CUE_LANGUAGES.refThird!, careEvent: [7] as never } })).toBe(true);
    expect(storySignals(OTHERS[0]).counts.refThird).toBeGreaterThan(0);
    expect(storySignals(OTHERS[0]).counts.careEvent).toBe(0);
  });

  it('are each in one list only: a phrase in both would be counted twice', () => {
    for (const group of CUE_GROUP_NAMES) {
      const english = new Set<string>(CUE_GROUPS[group]);
      const twice = (CUE_LANGUAGES[group] ?? []).filter((p) => english.has(p));
      expect(twice, group).toEqual([]);
    }
  });

  it('ride in the package\'s knowledge file', () => {
    const text = inflateRawSync(knowledgePackage()).toString('utf8');
    expect(knowledgeFromText(text)?.cues).toEqual(CUE_LANGUAGES);
    // Written in ASCII, their letters escaped, so the header parses along JSON.parse's faster path.
    expect(/[^\x00-\x7f]/.test(text.slice(0, text.indexOf('\n')))).toBe(false);
  });

  it('stay out of the content script, which carries the English cues', async () => {
    const bundle = await build({
      entryPoints: [resolve(ROOT, 'src/content/index.ts')], bundle: true, write: false, metafile: true, format: 'iife',
      jsx: 'automatic', jsxImportSource: 'preact', logLevel: 'silent',
    });
    const inputs = Object.keys(bundle.metafile!.inputs);
    expect(inputs).toContain('src/detector/story/cues.ts');
    expect(inputs).not.toContain('src/detector/story/cue-languages.ts');
    expect(inputs).not.toContain('src/detector/knowledge/packaged.ts');
  });
});
