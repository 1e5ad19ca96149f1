// Reads what a photo's metadata records with exifr: where it was taken (GPS), when, and who or which
// camera made it. Fields are read from the original bytes, which are never changed.
import exifr from 'exifr';
import type { ImageFinding } from './types';

export interface PhotoMetadata {
  latitude?: number;
  longitude?: number;
  takenAt?: string;
  /** Person-identifying fields: artist, owner, author, copyright. */
  people: { field: string; value: string }[];
  serials: { field: string; value: string }[];
  /** Free-text fields (description, comments, keywords), scanned with the detector like any text. */
  texts: { field: string; value: string }[];
  /** EXIF orientation 1–8 (5–8 swap width and height). */
  orientation?: number;
  /** Made by a camera (make or model recorded): "photo" rather than "image" in the summary. */
  camera: boolean;
}

const PEOPLE_FIELDS = ['Artist', 'OwnerName', 'CameraOwnerName', 'XPAuthor', 'Copyright', 'creator', 'By-line'];
const SERIAL_FIELDS = ['BodySerialNumber', 'SerialNumber', 'LensSerialNumber', 'InternalSerialNumber', 'ImageUniqueID'];
const TEXT_FIELDS = ['ImageDescription', 'UserComment', 'XPComment', 'XPTitle', 'XPSubject', 'XPKeywords', 'description', 'title', 'Caption-Abstract', 'Headline'];

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.replace(/\0+$/, '').trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value instanceof Uint8Array) return new TextDecoder().decode(value).replace(/^(ASCII|UNICODE)\0*/, '').replace(/\0/g, '').trim() || undefined;
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(', ') || undefined;
  if (value && typeof value === 'object' && 'value' in value) return asText((value as { value: unknown }).value);
  return undefined;
}

export async function readMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  const empty: PhotoMetadata = { people: [], serials: [], texts: [], camera: false };
  let tags: Record<string, unknown> | undefined;
  try {
    tags = await exifr.parse(bytes, { tiff: true, exif: true, gps: true, ifd1: false, xmp: true, iptc: true, icc: false, jfif: false, ihdr: false, mergeOutput: true, translateValues: false });
  } catch {
    return empty; // unreadable or absent metadata is not a reason to refuse the image
  }
  if (!tags) return empty;
  const pick = (fields: string[]) =>
    fields.flatMap((field) => { const value = asText(tags![field]); return value ? [{ field, value }] : []; });
  const lat = tags.latitude, lon = tags.longitude;
  const when = tags.DateTimeOriginal ?? tags.CreateDate ?? tags.DateTime;
  return {
    latitude: typeof lat === 'number' && Number.isFinite(lat) ? lat : undefined,
    longitude: typeof lon === 'number' && Number.isFinite(lon) ? lon : undefined,
    takenAt: when instanceof Date && !Number.isNaN(when.getTime()) ? when.toISOString().slice(0, 16).replace('T', ' ') : asText(when),
    people: pick(PEOPLE_FIELDS),
    serials: pick(SERIAL_FIELDS),
    texts: pick(TEXT_FIELDS),
    orientation: typeof tags.Orientation === 'number' ? tags.Orientation : undefined,
    camera: !!(tags.Make || tags.Model),
  };
}

/** Findings for the facts metadata records; the capture time only counts when the picture is about a patient. */
export function metadataFindings(meta: PhotoMetadata, patientContext: boolean): ImageFinding[] {
  const findings: ImageFinding[] = [];
  const base = { start: 0, end: 0, source: 'metadata' as const };
  if (meta.latitude !== undefined && meta.longitude !== undefined) {
    findings.push({ ...base, category: 'LOCATION', ruleId: 'image.metadata.gps', confidence: 0.9,
      reason: 'This photo records where it was taken.', text: `${meta.latitude.toFixed(5)}, ${meta.longitude.toFixed(5)}` });
  }
  if (meta.takenAt && patientContext) {
    findings.push({ ...base, category: 'DATE', ruleId: 'image.metadata.time', confidence: 0.6,
      reason: 'This photo records when it was taken.', text: meta.takenAt });
  }
  for (const p of meta.people) {
    findings.push({ ...base, category: 'NAME', ruleId: 'image.metadata.person', confidence: 0.6,
      reason: `This photo's details carry a name (${p.field}).`, text: p.value });
  }
  for (const s of meta.serials) {
    findings.push({ ...base, category: 'DEVICE', ruleId: 'image.metadata.serial', confidence: 0.6,
      reason: `This photo's details carry a camera serial number (${s.field}).`, text: s.value });
  }
  return findings;
}
