// Identifiers labelled by a pasted table's header or by the cell before them (src/detector/tables.ts).
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detector';
import { tableColumnCandidates } from '../../../src/detector/tables';

const found = (text: string) => tableColumnCandidates(text).map((c) => `${c.category} ${text.slice(c.start, c.end)}`);

describe('tableColumnCandidates', () => {
  it('labels the values under an identifier header, tab-separated', () => {
    const text = 'Summarise these for the huddle:\nBed\tMRN\tDOB\tNote\n4\t20931187\t07/30/1948\tfall risk\n9\t20944012\t1/2/1939\tNPO after midnight';
    expect(found(text)).toEqual(['MRN 20931187', 'MRN 20944012', 'DATE 07/30/1948', 'DATE 1/2/1939']);
  });

  it('reads a markdown table and skips its rule line', () => {
    const text = '| Patient | Member ID | Issue |\n|---|---|---|\n| Quill, Harmon | ZQX 4410 2281 | denied twice |';
    expect(found(text)).toEqual(['NAME Quill, Harmon', 'PLAN_ID ZQX 4410 2281']);
  });

  it('reads "label | value" rows', () => {
    const text = '| Name | Odessa Pruitt |\n| DOB | 1952-11-04 |\n| Acct # | 55102937 |';
    expect(found(text)).toEqual(['NAME Odessa Pruitt', 'DATE 1952-11-04', 'ACCOUNT 55102937']);
  });

  it('counts a phone column only in a table about patients', () => {
    const staff = 'On call this week:\nName\tRole\tPhone\nDr. Vance Ilori\thospitalist\t608-555-0142\nKerry Mott\tcharge RN\t608-555-0187';
    expect(found(staff)).toEqual([]);
    const patients = 'Call list:\nPatient\tPhone\tReason\nLoretta Fenn\t608-555-0133\tlab recheck';
    expect(found(patients)).toEqual(['NAME Loretta Fenn', 'PHONE 608-555-0133']);
  });

  it('reads a column of names under "Patient", or under "Name" in a list with beds or diagnoses, not in a staff list', () => {
    const census = 'make this a clean table pls\n| Name | Bed | Dx |\n|---|---|---|\n| Ottilie Brandvold | 12 | CHF exac |\n| Marguerite Oyelowo | 14 | cellulitis |';
    expect(found(census)).toEqual(['NAME Ottilie Brandvold', 'NAME Marguerite Oyelowo']);
    const roster = 'Name\tUnit\tShift\nCorliss Abernethy\t4W\tnights\nDevereaux Ipsen\tED\tdays';
    expect(found(roster)).toEqual([]);
    // An office directory's room and phone columns say nothing of patients.
    const directory = 'Name\tRoom\tPhone\nCorliss Abernethy\t214\t608-555-0190';
    expect(found(directory)).toEqual([]);
    expect(found('Patient\tReason\nTBD\trecheck\nPatient 2\tlabs')).toEqual([]);
  });

  it('leaves cells with no identifier in them, and text with no table', () => {
    expect(found('MRN\tDOB\nn/a\tunknown')).toEqual([]);
    expect(found('Our MRN policy changed | read the memo')).toEqual([]);
    expect(found('no table here, MRN 20931187')).toEqual([]);
  });

  it('makes the post warn, with the cells as findings', () => {
    const text = 'Can you turn this into a table?\nAcct\tAmount\tStatus\nKB7730291\t$412.00\tdisputed';
    const r = scan(text);
    expect(r.verdict).toBe('warn');
    expect(r.findings.map((f) => text.slice(f.start, f.end))).toContain('KB7730291');
  });
});
