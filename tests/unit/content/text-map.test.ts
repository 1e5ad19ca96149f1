import { describe, expect, it } from 'vitest';
import { alignOffsets, buildTextMap, rangesFor } from '../../../src/content/highlight/text-map';

function editor(markup: string): HTMLElement {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${markup}</div>`;
  return document.getElementById('ed')!;
}

describe('buildTextMap', () => {
  it('puts a newline at block starts and <br>, never inside a text node', () => {
    const map = buildTextMap(editor('<p>one</p><p>two<br>three</p>'));
    expect(map.text).toBe('one\ntwo\nthree');
    expect(map.pieces.map((p) => [p.node.data, p.start])).toEqual([['one', 0], ['two', 4], ['three', 8]]);
  });
});

describe('alignOffsets', () => {
  it('skips the extra virtual newlines innerText puts around paragraphs', () => {
    const inner = 'one\n\ntwo';
    const map = alignOffsets(inner, 'one\ntwo');
    expect(map[5]).toBe(4); // "t" of "two"
    expect(map[8]).toBe(7);
  });
  it('skips whitespace present only in the DOM text', () => {
    const map = alignOffsets('ab', 'a\nb');
    expect(map[1]).toBe(2);
  });
});

describe('rangesFor', () => {
  // Chromium's innerText for <p> blocks: two line breaks between paragraphs.
  it('maps innerText spans to ranges over the editor text nodes (ProseMirror-like markup)', () => {
    const root = editor('<p>Pt Rosa Marquez</p><p>MRN <strong>00731846</strong> today</p>');
    const inner = 'Pt Rosa Marquez\n\nMRN 00731846 today';
    const name = inner.indexOf('Rosa Marquez');
    const mrn = inner.indexOf('00731846');
    const ranges = rangesFor(root, inner, [{ start: name, end: name + 12 }, { start: mrn - 4, end: mrn + 8 }]);
    expect(ranges.map((r) => r.toString())).toEqual(['Rosa Marquez', 'MRN 00731846']);
  });

  it('handles Draft.js markup (spans in blocks, an empty block as <br>)', () => {
    const root = editor(
      '<div data-contents="true"><div data-block="true"><span data-text="true">first line</span></div>' +
        '<div data-block="true"><br data-text="true"></div>' +
        '<div data-block="true"><span data-text="true">phone 773-555-0148</span></div></div>',
    );
    const inner = 'first line\n\nphone 773-555-0148';
    const at = inner.indexOf('773');
    expect(rangesFor(root, inner, [{ start: at, end: at + 12 }]).map(String)).toEqual(['773-555-0148']);
  });

  it('drops spans that do not fit and returns nothing for an empty editor', () => {
    expect(rangesFor(editor(''), '', [{ start: 0, end: 3 }])).toEqual([]);
    const root = editor('<p>abc</p>');
    expect(rangesFor(root, 'abc', [{ start: 2, end: 9 }, { start: 1, end: 1 }])).toEqual([]);
  });

  it('never changes the editor DOM', () => {
    const root = editor('<p>Pt Rosa Marquez</p>');
    const before = root.innerHTML;
    rangesFor(root, 'Pt Rosa Marquez', [{ start: 3, end: 7 }]);
    expect(root.innerHTML).toBe(before);
  });

  it('maps a 100,000-character text quickly', () => {
    const line = 'word '.repeat(19) + 'MRN 00731846';
    const markup = Array.from({ length: 900 }, () => `<p>${line}</p>`).join('');
    const root = editor(markup);
    const inner = Array.from({ length: 900 }, () => line).join('\n\n');
    const start = inner.lastIndexOf('00731846');
    const t0 = performance.now();
    const [range] = rangesFor(root, inner, [{ start, end: start + 8 }]);
    expect(range.toString()).toBe('00731846');
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
