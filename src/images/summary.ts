// The plain-words reason shown beside a flagged picture: what it shows and what it looks like.
// English here; the dialog may word findings itself from their categories (see src/i18n when it lands).
import type { Category } from '../detector/types';
import type { DocumentKind } from './layout';
import type { ImageFinding } from './types';

const THINGS: Partial<Record<Category, string>> = {
  NAME: 'a name', ADDRESS: 'a street address', LOCATION: 'a place', ZIP: 'a ZIP code', DATE: 'a date', AGE: 'an age',
  PHONE: 'a phone number', FAX: 'a fax number', EMAIL: 'an e-mail address', SSN: 'a Social Security number',
  MRN: 'a medical record number', PLAN_ID: 'a health plan ID', ACCOUNT: 'an account number', LICENSE: 'a licence number',
  VEHICLE: 'a vehicle identifier', DEVICE: 'a device serial number', URL: 'a web address', IP: 'an IP address',
  ROOM: 'a room or bed number', OTHER_ID: 'an identifying number', STORY: 'details that identify a patient',
};

const KINDS: Record<DocumentKind, string> = {
  chart: 'a chart', wristband: 'a wristband', label: 'a label', whiteboard: 'a ward whiteboard',
};

function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function shownThing(f: ImageFinding): string {
  if (f.source === 'face') return 'a face';
  if (f.ruleId === 'image.barcode.label') return 'a barcode';
  if (f.ruleId === 'image.ocr.birthdate') return 'a date of birth';
  return THINGS[f.category] ?? 'patient information';
}

const RECORDS: Record<string, string> = {
  'image.metadata.gps': 'where it was taken',
  'image.metadata.time': 'when it was taken',
  'image.metadata.person': "a person's name in its details",
  'image.metadata.serial': "the camera's serial number",
};

export function summarize(findings: ImageFinding[], noun: 'photo' | 'image', kind: DocumentKind | undefined): string {
  const shown: string[] = [];
  const recorded: string[] = [];
  for (const f of findings) {
    const record = f.source === 'metadata' ? RECORDS[f.ruleId] : undefined;
    const target = f.source === 'metadata' && record ? recorded : shown;
    const words = record ?? shownThing(f);
    if (!target.includes(words)) target.push(words);
  }
  const faces = findings.filter((f) => f.source === 'face').length;
  if (faces > 1) shown.splice(shown.indexOf('a face'), 1, `${faces} faces`);
  const sentences: string[] = [];
  if (shown.length) sentences.push(`This ${noun} shows ${list(shown)}${kind ? ` on what looks like ${KINDS[kind]}` : ''}.`);
  if (recorded.length) sentences.push(`${shown.length ? 'It also records' : `This ${noun} records`} ${list(recorded)}.`);
  return sentences.length ? sentences.join(' ') : `Nothing in this ${noun} looks like patient information.`;
}
