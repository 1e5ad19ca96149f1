// The committed knowledge file must match what scripts/build-knowledge.ts would write now. A full
// rebuild takes about 40 s (it reads the SSA SQLite file), so the test checks what the output is a
// deterministic function of: the source packages' versions and input hash, the build script and the
// project list it reads, and the tables' own hash (a hand edit).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildInputs, contentHash, KNOWLEDGE_PATH, sourceRecords } from '../../../scripts/build-knowledge';
import { packTable, SortedTable } from '../../../src/detector/knowledge/table';
import type { KnowledgeData } from '../../../src/detector/knowledge/types';

const data = JSON.parse(readFileSync(KNOWLEDGE_PATH, 'utf8')) as KnowledgeData;
const TABLES = ['given', 'surname', 'word', 'place'] as const;

describe('knowledge data file', () => {
  it('is up to date with its sources and build script (run: npx tsx scripts/build-knowledge.ts)', () => {
    expect(data.sources).toEqual(sourceRecords());
    expect(data.buildInputs).toEqual(buildInputs());
    expect(data.contentHash).toBe(contentHash(data));
  });

  it('names a licence for every source', () => {
    for (const s of data.sources) expect(s.licence).toMatch(/\w/);
  });

  it.each(TABLES)('%s: entries are sorted by key, unique, Latin-1, packable, and found by lookup', (name) => {
    const entries = data[name].split('|').map((e) => e.split(','));
    const unordered = entries.filter((e, i) => i > 0 && !(entries[i - 1][0] < e[0])).map((e) => e[0]);
    expect(unordered).toEqual([]);
    expect(/[^\u0000-\u00ff]/.test(data[name])).toBe(false);
    const table = new SortedTable(packTable(data[name]));
    expect(table.size()).toBe(entries.length);
    for (let i = 0; i < entries.length; i += 97) expect(table.get(entries[i][0])).toBe(Number(entries[i][1]));
    expect(table.get(entries[0][0])).toBe(Number(entries[0][1]));
    expect(table.get(entries[entries.length - 1][0])).toBe(Number(entries[entries.length - 1][1]));
  });

  it('keeps the whole file within its size budget', () => {
    expect(readFileSync(KNOWLEDGE_PATH).length).toBeLessThan(3_600_000);
  });
});
