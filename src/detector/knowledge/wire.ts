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

/** One line of JSON (all but the tables, plus each table's length), then the four tables, packed, back to back. */
export function knowledgeToText(data: KnowledgeData): string {
  const { given, surname, word, place, packed, ...rest } = data;
  const tables = packedTables(data);
  const lengths = tables.map((t) => t.length);
  // The header is JSON.stringify's output: it has no raw line break, so the first "\n" ends it. Its letters beyond
  // ASCII (the other languages' cue phrases, 981 of them) are written as \u escapes: a string with none is one
  // byte a character, which JSON.parse reads along a faster path (the 0.9 MB header: 11 ms with them as they
  // are, 2 ms escaped, in Node after a first parse; joining the parts 30-43 -> 26-31 ms).
  const header = JSON.stringify({ ...rest, lengths }).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${header}\n${tables.join('')}`;
}

/** The header line parsed, or null when it is not a JSON object. */
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
  const newline = text.indexOf('\n');
  const header = newline < 0 ? null : parseHeader(text.slice(0, newline));
  return header && withTables(header, text.slice(newline + 1));
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
 * The content script's side: the parts joined back as they arrive, in any order. The header line (the
 * first 0.9 MB: word list, phone metadata, the post model's word scores…) is parsed as soon as the parts
 * that hold it are in and handed to `onHeader`, so what is costly to install from it (the word scores) can
 * be built while the worker is still sending the tables: the worker sends one part after another, and
 * the tab would otherwise sit idle until the last one.
 */
export class KnowledgeAssembler {
  private readonly texts: (string | undefined)[] = new Array<string | undefined>(KNOWLEDGE_PARTS).fill(undefined);
  /** Undefined until the line break is in; null when the header is malformed. */
  private header: Record<string, unknown> | null | undefined;
  /** The header's text so far: the leading parts that hold no line break. */
  private line = '';
  /** How many leading parts `line` holds; then the part with the line break, where the tables start. */
  private leading = 0;
  private tablesStart = 0;

  constructor(private readonly onHeader: (header: Record<string, unknown>) => void = () => {}) {}

  /** Takes the answer for part `k`; false when it is not a part. */
  add(k: number, part: unknown): boolean {
    const text = (part as KnowledgePart | null | undefined)?.text;
    if (typeof text !== 'string' || !Number.isInteger(k) || k < 0 || k >= KNOWLEDGE_PARTS) return false;
    this.texts[k] = text;
    if (this.header === undefined) this.readHeader();
    return true;
  }

  private readHeader(): void {
    for (; this.leading < KNOWLEDGE_PARTS; this.leading++) {
      const text = this.texts[this.leading];
      if (text === undefined) return; // wait for it
      const newline = text.indexOf('\n');
      if (newline >= 0) {
        this.tablesStart = newline + 1;
        this.header = parseHeader(this.line + text.slice(0, newline));
        this.line = '';
        if (this.header) this.onHeader(this.header);
        return;
      }
      this.line += text;
    }
    this.header = null; // every part is in, and no line break
  }

  /** The knowledge (tables packed), or null while a part is missing or when it does not add up. */
  result(): KnowledgeData | null {
    if (!this.header || this.texts.includes(undefined)) return null;
    const tables = (this.texts[this.leading] as string).slice(this.tablesStart) + this.texts.slice(this.leading + 1).join('');
    return withTables(this.header, tables);
  }
}

/** The answers, in order, back to the knowledge (tables packed), or null. */
export function knowledgeFromParts(parts: unknown[]): KnowledgeData | null {
  if (parts.length !== KNOWLEDGE_PARTS) return null;
  const assembler = new KnowledgeAssembler();
  return parts.every((part, k) => assembler.add(k, part)) ? assembler.result() : null;
}
