// The reasons the detector gives in code (names, places, story details), not in rules/: each needs the same
// English words in the catalogue and a Spanish one, or a Spanish interface shows them in English.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeParagraph } from '../../../src/detector/analyze';
import { builtInRules } from '../../../src/detector/rules';
import en from '../../../public/_locales/en/messages.json';
import es from '../../../public/_locales/es/messages.json';

const fresh = readFileSync(resolve(import.meta.dirname, '../../fixtures/detector/fresh-posts.jsonl'), 'utf8')
  .trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
// Lines written for this test, so that every kind of name and place reader has something to read.
const lines = [
  'Quiet night except Philippa in 9, the Abernathy family kept visiting from Tulsa County, Oklahoma',
  'Señora Quintero and Pastor Okafor both came through after the crash near Lake Tahoe in Nevada',
  'seen by jorge ramirez today, Coach Delgado was in the trauma bay, she moved here from Portugal',
  'the cyclist hit at the corner of Wren and 6th Street is upstairs now',
];

describe("the detector's own reasons", () => {
  it('are in both catalogues, with the English the detector gives', () => {
    const reasons = new Map<string, string>();
    for (const post of [...fresh, ...lines]) {
      for (const paragraph of post.split('\n')) for (const c of analyzeParagraph(paragraph, builtInRules()).candidates) reasons.set(c.ruleId, c.reason);
    }
    const catalogue = (messages: Record<string, { message: string }>, id: string) => messages[`reason_${id.replace(/[.-]/g, '_')}`]?.message;
    for (const [id, reason] of reasons) {
      expect(catalogue(en, id), id).toBe(reason);
      expect(catalogue(es, id), id).toBeTruthy();
    }
    for (const id of ['name.single', 'name.family', 'name.title-intl', 'place.city', 'place.state', 'story.room-after-name', 'story.intersection']) expect(reasons.has(id), id).toBe(true);
  });
});
