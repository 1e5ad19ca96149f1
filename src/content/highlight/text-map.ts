// Maps detector offsets (into the composer's innerText) to DOM Ranges over the editor's own text
// nodes, so risky words can be highlighted without touching the editor's DOM.
//
// innerText inserts virtual line breaks at block boundaries (two around a <p>) that exist in no
// text node. Rather than re-implement its rules, we build our own text from the text nodes (with a
// newline at <br> and block starts) and align the two strings: equal characters advance both, and
// whitespace present in only one of them is skipped on that side.

const BLOCKS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'TABLE',
  'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'DD', 'DT', 'DL', 'HR',
]);

interface Piece {
  node: Text;
  /** Offset of the node's first character in the built text. */
  start: number;
}

export interface TextMap {
  text: string;
  pieces: Piece[];
}

export function buildTextMap(root: Node): TextMap {
  const pieces: Piece[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastChar = '\n';
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1] ?? lastChar;
  };
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data === '') continue;
      pieces.push({ node: node as Text, start: length });
      push(data);
    } else if ((node as Element).tagName === 'BR') {
      push('\n');
    } else if (BLOCKS.has((node as Element).tagName) && lastChar !== '\n') {
      push('\n');
    }
  }
  return { text: parts.join(''), pieces };
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** For every offset of `from` (0..length), the corresponding offset in `to`. */
export function alignOffsets(from: string, to: string): Int32Array {
  const map = new Int32Array(from.length + 1);
  let j = 0;
  for (let i = 0; i < from.length; i++) {
    const a = from[i];
    while (j < to.length && a !== to[j] && isSpace(to[j]) && !isSpace(a)) j++;
    map[i] = j;
    if (j < to.length && (a === to[j] || !isSpace(a))) j++;
  }
  map[from.length] = j;
  return map;
}

function pieceAt(pieces: Piece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Ranges over `root`'s text nodes for spans [start, end) of `innerText`. */
export function rangesFor(root: Node, innerText: string, spans: Array<{ start: number; end: number }>): Range[] {
  if (spans.length === 0) return [];
  const map = buildTextMap(root);
  if (map.pieces.length === 0) return [];
  const offsets = alignOffsets(innerText, map.text);
  const doc = root.ownerDocument ?? (root as Document);
  const ranges: Range[] = [];
  for (const span of spans) {
    if (span.end <= span.start || span.end > innerText.length) continue;
    const from = offsets[span.start];
    const to = offsets[span.end - 1] + 1;
    const first = map.pieces[pieceAt(map.pieces, from)];
    const last = map.pieces[pieceAt(map.pieces, to - 1)];
    const range = doc.createRange();
    range.setStart(first.node, clamp(from - first.start, first.node.length));
    range.setEnd(last.node, clamp(to - last.start, last.node.length));
    if (!range.collapsed) ranges.push(range);
  }
  return ranges;
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}
