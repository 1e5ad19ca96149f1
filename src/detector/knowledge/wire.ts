// How the knowledge travels from the extension package to the content script.
// - The build writes knowledge.bin (vite.config.ts): knowledgeToText's text, UTF-8, deflate-raw level 9
//   (0.76 MB; the readable JSON was 3.46 MB), so the worker's first read of it is short.
// - The worker inflates it once per worker life and answers the content script in KNOWLEDGE_PARTS
//   messages, equal slices of that text (knowledgeParts), which the content script sends at once, joins
//   and parses (knowledgeFromParts): one 1 MB message took 80-100 ms from the worker to a tab in
//   Chromium 156, the same megabyte in 8 parallel messages 11-20 ms (measured 2026-12-04;
//   docs/architecture.md, Knowledge loading).
// - The tables stay in table.ts's packed form, which the content script searches as it arrives.

/** The package file (not web-accessible). */
export const KNOWLEDGE_FILE = 'knowledge.bin';
/** How many messages carry the knowledge (about 150 KB each; 16 and 32 measured alike, 4 and 8 slower). */
export const KNOWLEDGE_PARTS = 16;

import { packTable } from './table';
import type { KnowledgeData } from './types';

const TABLES = ['given', 'surname', 'word', 'place'] as const;

/** The four tables in table.ts's packed form, packing them unless they already are. */
function packedTables({ given, surname, word, place, packed }: KnowledgeData): string[] {
  return packed ? [given, surname, word, place] : [given, surname, word, place].map(packTable);
}

/** The knowledge back from its header fields and the four packed tables joined, or null when the
 *  header's table lengths are malformed or do not add up to the joined text. */
function withTables(header: Record<string, unknown>, joined: string): KnowledgeData | null {
  const { lengths, ...rest } = header;
  if (!Array.isArray(lengths) || lengths.length !== TABLES.length || !lengths.every((n) => Number.isInteger(n) && n >= 0)) return null;
  if ((lengths as number[]).reduce((a, b) => a + b, 0) !== joined.length) return null;
  let at = 0;
  const [given, surname, word, place] = (lengths as number[]).map((n) => joined.slice(at, (at += n)));
  return { ...(rest as Omit<KnowledgeData, (typeof TABLES)[number]>), given, surname, word, place, packed: true };
}

/** The fields the header sends ahead, each on a line of its own, in this order: what the tab builds something
 *  from (the other languages' cue index, the word scores: 30-50 ms each in Chromium, cold) can then be built
 *  while the rest is still arriving. As one line, both waited for the whole 0.9 MB header (the seventh of the
 *  sixteen parts), and the parts after it waited for both. */
const HEADER_AHEAD = ['cues', 'semantic'] as const;

/** JSON, with letters beyond ASCII written as \u escapes: a string with none is one byte a character, which
 *  JSON.parse reads along a faster path (the 0.9 MB header with the other languages' 981 phrases as they are:
 *  11 ms; escaped: 2 ms, in Node after a first parse). JSON.stringify writes no raw line break. */
const asciiJson = (value: object) => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The header, as lines of JSON: the fields of HEADER_AHEAD that the knowledge has, one a line, then the rest
 *  with each table's length (`lengths`, which ends the header); then the four tables, packed, back to back. */
export function knowledgeToText(data: KnowledgeData): string {
  const { given, surname, word, place, packed, ...rest } = data;
  const tables = packedTables(data);
  const lengths = tables.map((t) => t.length);
  const ahead = HEADER_AHEAD.filter((field) => rest[field] !== undefined).map((field) => asciiJson({ [field]: rest[field] }));
  const others = Object.fromEntries(Object.entries(rest).filter(([field]) => !(HEADER_AHEAD as readonly string[]).includes(field)));
  return [...ahead, asciiJson({ ...others, lengths }), tables.join('')].join('\n');
}

/** A header line parsed, or null when it is not a JSON object. */
function parseHeader(line: string): Record<string, unknown> | null {
  try {
    const header = JSON.parse(line) as unknown;
    return header && typeof header === 'object' && !Array.isArray(header) ? (header as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The inverse of knowledgeToText (tables stay packed), or null when the text is not one. */
export function knowledgeFromText(text: string): KnowledgeData | null {
  const assembler = new KnowledgeAssembler();
  return assembler.add(0, { text }, 1) ? assembler.result() : null;
}

/** The worker's side: knowledge.bin's bytes to the text knowledgeFromText reads. */
export async function inflateKnowledge(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
}

/** What one knowledge message carries: a slice of knowledge.bin's text (knowledgeToText). */
export interface KnowledgePart {
  text: string;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The worker's side: knowledge.bin's text (as inflateKnowledge returns it) cut into KNOWLEDGE_PARTS slices
 *  of equal length. Equal, so no one message is much larger than the rest: the time a message takes grows
 *  faster than its size, and the worker serialises the answers one after another, so one large part
 *  (the whole header, 0.9 MB, rode with the first table slice) held up all the others. */
export function knowledgeParts(text: string): KnowledgePart[] {
  const cut = (k: number) => {
    const at = Math.round((text.length * k) / KNOWLEDGE_PARTS);
    return at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) ? at + 1 : at; // keep a pair whole
  };
  return Array.from({ length: KNOWLEDGE_PARTS }, (_, k) => ({ text: text.slice(cut(k), cut(k + 1)) }));
}

/**
 * The content script's side: the parts joined back as they arrive, in any order. Each header line (the cue
 * phrases, the word scores, then the rest: word list, phone metadata …) is parsed as soon as the parts that
 * hold it are in and handed to `onHeader`, so what is costly to install from it can be built while the worker
 * is still sending the rest: the worker sends one part after another, and the tab would otherwise sit idle
 * until the last one.
 */
export class KnowledgeAssembler {
  private texts: (string | undefined)[] = [];
  /** The header's fields so far; null once it is found malformed. */
  private fields: Record<string, unknown> | null = {};
  /** Whether the line with `lengths`, the header's last, has been read. */
  private complete = false;
  /** The current header line's text before the part being read. */
  private line = '';
  /** Where reading has got to: a part, and an offset in it. After the header, where the tables start. */
  private part = 0;
  private offset = 0;

  constructor(private readonly onHeader: (header: Record<string, unknown>) => void = () => {}) {}

  /** Takes the answer for part `k` of `count`; false when it is not a part. */
  add(k: number, part: unknown, count = KNOWLEDGE_PARTS): boolean {
    const text = (part as KnowledgePart | null | undefined)?.text;
    if (typeof text !== 'string' || !Number.isInteger(k) || k < 0 || k >= count) return false;
    if (this.texts.length !== count) this.texts = new Array<string | undefined>(count).fill(undefined);
    this.texts[k] = text;
    this.readHeader();
    return true;
  }

  private readHeader(): void {
    while (this.fields && !this.complete) {
      const text = this.texts[this.part];
      if (text === undefined) return; // wait for it
      const newline = text.indexOf('\n', this.offset);
      if (newline < 0) {
        this.line += this.offset ? text.slice(this.offset) : text;
        this.offset = 0;
        if (++this.part === this.texts.length) this.fields = null; // every part is in, and the header never ends
        continue;
      }
      const line = parseHeader(this.line + text.slice(this.offset, newline));
      this.line = '';
      this.offset = newline + 1;
      if (!line) {
        this.fields = null;
        return;
      }
      // Spread, not Object.assign: a "__proto__" key in the file stays a plain field.
      this.fields = { ...this.fields, ...line };
      this.complete = 'lengths' in line;
      this.onHeader(line);
    }
  }

  /** The knowledge (tables packed), or null while a part is missing or when it does not add up. */
  result(): KnowledgeData | null {
    if (!this.fields || !this.complete || this.texts.includes(undefined)) return null;
    const tables = (this.texts[this.part] as string).slice(this.offset) + this.texts.slice(this.part + 1).join('');
    return withTables(this.fields, tables);
  }
}

/** The answers, in order, back to the knowledge (tables packed), or null. */
export function knowledgeFromParts(parts: unknown[]): KnowledgeData | null {
  if (parts.length !== KNOWLEDGE_PARTS) return null;
  const assembler = new KnowledgeAssembler();
  return parts.every((part, k) => assembler.add(k, part)) ? assembler.result() : null;
}
