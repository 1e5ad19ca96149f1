import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGED_KNOWLEDGE as data } from '../../../src/detector/knowledge/packaged';
import { coreCommonWords, givenNameClass, installKnowledge, phoneMetadata, knowledgeReady, nameEvidence, onKnowledgeChange, placeClass, surnameClass, wordClass, type KnowledgeData } from '../../../src/detector/knowledge';
import { SortedTable } from '../../../src/detector/knowledge/table';

installKnowledge(data as KnowledgeData);
afterAll(() => installKnowledge(data as KnowledgeData));

describe('SortedTable', () => {
  const table = new SortedTable('al,1|alba,2|albert,3|zoe,4');
  it('finds every key and nothing else', () => {
    expect(['al', 'alba', 'albert', 'zoe'].map((k) => table.get(k))).toEqual([1, 2, 3, 4]);
    for (const missing of ['', 'a', 'alb', 'alberta', 'zo', 'zoey', 'b']) expect(table.get(missing)).toBeUndefined();
  });
  it('agrees with a plain map of the real tables on every key, its neighbours and prefixes', () => {
    const knowledge = data as KnowledgeData;
    for (const name of ['given', 'surname', 'word', 'place'] as const) {
      const entries = knowledge[name].split('|').map((e) => [e.slice(0, e.lastIndexOf(',')), Number(e.slice(e.lastIndexOf(',') + 1))] as const);
      const expected = new Map(entries);
      const t = new SortedTable(knowledge[name]);
      expect(t.size(), name).toBe(entries.length);
      let wrong = 0;
      for (let i = 0; i < entries.length; i += 7) {
        const key = entries[i][0];
        for (const probe of [key, key + 'a', key.slice(0, -1), key + ' ', key + ',']) if (t.get(probe) !== expected.get(probe)) wrong++;
      }
      expect(wrong, name).toBe(0);
    }
  });
  it('handles one entry and none', () => {
    expect(new SortedTable('x,7').get('x')).toBe(7);
    expect(new SortedTable('').get('x')).toBeUndefined();
    expect(new SortedTable('').size()).toBe(0);
  });
});

describe('name likelihood', () => {
  it('tells everyday words that are names from names', () => {
    for (const w of ['will', 'hope', 'bill']) expect(nameEvidence(w).given, w).toBeLessThan(0.2);
    for (const w of ['crystal', 'grace']) {
      expect(nameEvidence(w).given, w).toBeGreaterThan(0.2);
      expect(nameEvidence(w).given, w).toBeLessThan(0.7);
    }
    for (const w of ['dale', 'ximena', 'guadalupe', 'maricel']) expect(nameEvidence(w).given, w).toBeGreaterThan(0.6);
  });
  it('knows surnames from several communities', () => {
    for (const w of ['gonzalez', 'nguyen', 'okonkwo', 'santos', 'dela', 'fernandes', 'schmidt', 'dubois']) expect(surnameClass(w), w).toBeDefined();
    expect(nameEvidence('brown').surname).toBeLessThan(0.7);
    expect(nameEvidence('the').surname).toBeLessThan(0.01);
  });
  it('has word frequencies: "the" far more common than "crystal"', () => {
    expect(wordClass('the')!).toBeLessThan(wordClass('crystal')!);
    expect(wordClass('ximena')).toBeUndefined();
  });
});

describe('install', () => {
  it('answers "unknown" before the data is installed, and knows after', () => {
    let changes = 0;
    const stop = onKnowledgeChange(() => changes++);
    installKnowledge(null);
    expect(knowledgeReady()).toBe(false);
    expect(givenNameClass('dale')).toBeUndefined();
    expect(placeClass('texas')).toBeUndefined();
    expect(nameEvidence('dale')).toEqual({ given: 0, surname: 0, common: 0, known: false });
    installKnowledge(data as KnowledgeData);
    expect(knowledgeReady()).toBe(true);
    expect(givenNameClass('dale')).toBeGreaterThan(0);
    expect(changes).toBe(2);
    stop();
  });
  it('brings the core lexicon\'s word list and the phone metadata, which the content script does not carry', () => {
    installKnowledge(null);
    expect(coreCommonWords().size).toBe(0);
    expect(phoneMetadata()).toBeNull();
    installKnowledge(data as KnowledgeData);
    expect(coreCommonWords().has('park')).toBe(true);
    expect(coreCommonWords().has('ximena')).toBe(false);
    expect(phoneMetadata()).toHaveProperty('country_calling_codes');
    // The four tables alone still install: the rest is optional, and absent until it comes.
    const { common: _common, phone: _phone, ...tables } = data as KnowledgeData;
    expect(installKnowledge(tables)).toBe(true);
    expect(coreCommonWords().size).toBe(0);
    expect(phoneMetadata()).toBeNull();
    installKnowledge(data as KnowledgeData);
  });
  it('refuses malformed data and keeps what it had', () => {
    expect(installKnowledge({ given: 1 } as unknown as KnowledgeData)).toBe(false);
    expect(knowledgeReady()).toBe(true);
  });
});
