// Splits a post into the units the detector analyses and caches: lines, with very long lines cut
// at sentence ends so one keystroke never re-reads more than a couple of thousand characters.

export interface Paragraph {
  start: number;
  text: string;
}

const MAX_CHUNK = 2000;

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    for (const piece of chunkLine(text, start, end)) out.push(piece);
    start = end + 1;
  }
  return out;
}

function chunkLine(text: string, start: number, end: number): Paragraph[] {
  if (end - start <= MAX_CHUNK) return [{ start, text: text.slice(start, end) }];
  const out: Paragraph[] = [];
  let from = start;
  while (end - from > MAX_CHUNK) {
    const window = text.slice(from + MAX_CHUNK / 2, from + MAX_CHUNK);
    // Cut after a sentence, else at a space, so no identifier is split in two.
    const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
    const cut = sentence >= 0 ? sentence + 2 : window.lastIndexOf(' ') + 1;
    const to = cut > 0 ? from + MAX_CHUNK / 2 + cut : from + MAX_CHUNK;
    out.push({ start: from, text: text.slice(from, to) });
    from = to;
  }
  out.push({ start: from, text: text.slice(from, end) });
  return out;
}
