// Human-readable output for a scan: one line per finding with its place in the text.
import type { ScanResult } from '../detector/types';

export const CATEGORY_WORDS: Record<string, string> = {
  NAME: 'name', ADDRESS: 'street address', LOCATION: 'place', ZIP: 'ZIP code', DATE: 'date', AGE: 'age', PHONE: 'phone number',
  FAX: 'fax number', EMAIL: 'e-mail address', SSN: 'Social Security number', MRN: 'medical record number', PLAN_ID: 'health plan ID',
  ACCOUNT: 'account number', LICENSE: 'licence number', VEHICLE: 'vehicle identifier', DEVICE: 'device serial', URL: 'web address',
  IP: 'IP address', ROOM: 'room or bed', OTHER_ID: 'identifying number', STORY: 'identifying story',
};

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

export function formatText(source: string, text: string, result: ScanResult): string {
  const head = `${source}: ${result.verdict === 'warn' ? `WARN (risk ${result.risk.toFixed(2)})` : 'ok'}`;
  const lines = result.findings.map((f) => {
    const words = text.slice(f.start, f.end).replace(/\s+/g, ' ');
    // A notice: an identifier in a post that does not warn (nothing in it points to a patient).
    const note = f.level === 'notice' ? ', note: not warned' : '';
    return `  ${lineAndColumn(text, f.start).padEnd(7)} ${(CATEGORY_WORDS[f.category] ?? f.category).padEnd(22)} "${words}"  ${f.reason} [${f.ruleId}, ${f.confidence.toFixed(2)}${note}]`;
  });
  return [head, ...lines].join('\n');
}
