import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGED_KNOWLEDGE as data } from '../../../src/detector/knowledge/packaged';
import { coreCommonWords, givenNameClass, installKnowledge, phoneMetadata, knowledgeReady, nameEvidence, onKnowledgeChange, placeClass, surnameClass, wordClass, type KnowledgeData } from '../../../src/detector/knowledge';
import { packTable, SortedTable } from '../../../src/detector/knowledge/table';

installKnowledge(data as KnowledgeData);
afterAll(() => installKnowledge(data as KnowledgeData));

describe('SortedTable', () => {
  const packed = (plain: string) => new SortedTable(packTable(plain));
  const table = packed('al,1|alba,2|albert,3|zoe,4');
  it('finds every key and nothing else', () => {
    expect(['al', 'alba', 'albert', 'zoe'].map((k) => table.get(k))).toEqual([1, 2, 3, 4]);
    for (const missing of ['', 'a', 'alb', 'alberta', 'zo', 'zoey', 'b', 'AL', 'al ', 'al,1', '\u0000']) expect(table.get(missing), missing).toBeUndefined();
  });
  it('agrees with a plain map of the real tables on every key, its neighbours and prefixes', () => {
    const knowledge = data as KnowledgeData;
    for (const name of ['given', 'surname', 'word', 'place'] as const) {
      const entries = knowledge[name].split('|').map((e) => [e.slice(0, e.lastIndexOf(',')), Number(e.slice(e.lastIndexOf(',') + 1))] as const);
      const expected = new Map(entries);
      const t = new SortedTable(packTable(knowledge[name]));
      expect(t.size(), name).toBe(entries.length);
      let wrong = 0;
      for (const [key, cls] of entries) if (t.get(key) !== cls) wrong++;
      for (let i = 0; i < entries.length; i += 7) {
        const key = entries[i][0];
        for (const probe of [key + 'a', key.slice(0, -1), key + ' ', key + ',', key + 'z', key.toUpperCase(), key.slice(0, -1) + '\u00ff']) if (t.get(probe) !== expected.get(probe)) wrong++;
      }
      expect(wrong, name).toBe(0);
      expect(packTable(knowledge[name]).length, name).toBeLessThan(knowledge[name].length * 0.6);
    }
  });
  it('handles blocks: chains of keys that are prefixes of the next, long shared prefixes, many entries', () => {
    const chain = Array.from({ length: 40 }, (_, i) => 'a'.repeat(i + 1)); // each a prefix of the next, across blocks
    const long = Array.from({ length: 20 }, (_, i) => `${'x'.repeat(35)}${String.fromCharCode(97 + i)}`); // share 35 > MAX_SHARED
    const keys = [...chain, 'b', 'ba', 'bab', 'babe', 'bb', ...long, 'y'].sort();
    const t = packed(keys.map((k, i) => `${k},${i % 29}`).join('|'));
    expect(t.size()).toBe(keys.length);
    keys.forEach((k, i) => expect(t.get(k), k).toBe(i % 29));
    for (const miss of ['a'.repeat(41), 'aab', 'bac', 'x'.repeat(35), 'x'.repeat(36), `${'x'.repeat(35)}z`, 'c', 'yy', ' ']) expect(t.get(miss), miss).toBeUndefined();
  });
  it('handles non-ASCII keys, and the first and last entries', () => {
    const keys = ['ana', 'anaïs', 'andré', 'ángel', 'łukasz', 'ωmega', 'ß'].sort();
    const t = packed(keys.map((k, i) => `${k},${i + 1}`).join('|'));
    keys.forEach((k, i) => expect(t.get(k), k).toBe(i + 1));
    expect(t.get(keys[0])).toBe(1);
    expect(t.get(keys.at(-1)!)).toBe(keys.length);
    for (const miss of ['anai', 'andre', 'angel', 'ł', 'ωmegа', 'ßa', '\uffff']) expect(t.get(miss), miss).toBeUndefined();
  });
  it('handles one entry and none', () => {
    expect(packed('x,7').get('x')).toBe(7);
    expect(packed('x,7').get('')).toBeUndefined();
    expect(packed(',3').get('')).toBe(3);
    expect(packed('').get('x')).toBeUndefined();
    expect(packed('').size()).toBe(0);
  });
  it('refuses a table that is not packed', () => {
    expect(() => new SortedTable('al,1|alba,2')).toThrow();
    expect(installKnowledge({ ...(data as KnowledgeData), packed: true })).toBe(false);
    expect(knowledgeReady()).toBe(true);
  });
  it('refuses what it cannot pack: unsorted or repeated keys, upper case, control characters, bad classes', () => {
    for (const bad of ['b,1|a,2', 'a,1|a,2', 'Al,1', 'a\u0001b,1', 'a\u0085b,1', 'a,29', 'a,-1', 'a,1.5', 'a,', 'a', 'a,1|']) expect(() => packTable(bad), bad).toThrow();
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
