// Splits a post into the units the detector analyses and caches: lines (a line wrapped mid-sentence
// joined to the next), with very long lines cut at sentence ends so one keystroke never re-reads more
// than a couple of thousand characters.

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
    let joined = false;
    while (end < text.length && end - start < MAX_CHUNK && continuesOnNextLine(text, end)) {
      const next = text.indexOf('\n', end + 1);
      end = next === -1 ? text.length : next;
      joined = true;
    }
    for (const piece of chunkLine(text, start, end)) {
      // A wrap is read as the space it stands for (same length: offsets stay the caller's).
      out.push(joined ? { start: piece.start, text: piece.text.replace(/[\r\n]/g, ' ') } : piece);
    }
    start = end + 1;
  }
  return out;
}

/** A line broken mid-sentence, as text copied from an e-mail or a web page is: the line ends in a
 *  letter, digit or hyphen and the next begins with a lower-case letter or a digit, or the line ends
 *  in a comma and the next begins with any letter or digit. A line that starts with a capital after
 *  one with no comma stays apart: lists and assignment boards are written that way. */
function continuesOnNextLine(text: string, newline: number): boolean {
  const before = text.charCodeAt(text.charCodeAt(newline - 1) === 13 ? newline - 2 : newline - 1);
  const after = text.charCodeAt(newline + 1);
  const lowerOrDigit = (after >= 97 && after <= 122) || (after >= 48 && after <= 57);
  if (before === 44) return lowerOrDigit || (after >= 65 && after <= 90);
  const endsMid = (before >= 97 && before <= 122) || (before >= 65 && before <= 90) || (before >= 48 && before <= 57) || before === 45;
  return endsMid && lowerOrDigit;
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
