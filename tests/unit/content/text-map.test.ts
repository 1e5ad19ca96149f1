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
    const root = editor('<p>Pt Delia Pemberton</p><p>MRN <strong>00482917</strong> today</p>');
    const inner = 'Pt Delia Pemberton\n\nMRN 00482917 today';
    const name = inner.indexOf('Delia Pemberton');
    const mrn = inner.indexOf('00482917');
    const ranges = rangesFor(root, inner, [{ start: name, end: name + 15 }, { start: mrn - 4, end: mrn + 8 }]);
    expect(ranges.map((r) => r.toString())).toEqual(['Delia Pemberton', 'MRN 00482917']);
  });

  it('handles Draft.js markup (spans in blocks, an empty block as <br>)', () => {
    const root = editor(
      '<div data-contents="true"><div data-block="true"><span data-text="true">first line</span></div>' +
        '<div data-block="true"><br data-text="true"></div>' +
        '<div data-block="true"><span data-text="true">phone 630-555-0194</span></div></div>',
    );
    const inner = 'first line\n\nphone 630-555-0194';
    const at = inner.indexOf('630');
    expect(rangesFor(root, inner, [{ start: at, end: at + 12 }]).map(String)).toEqual(['630-555-0194']);
  });

  it('drops spans that do not fit and returns nothing for an empty editor', () => {
    expect(rangesFor(editor(''), '', [{ start: 0, end: 3 }])).toEqual([]);
    const root = editor('<p>abc</p>');
    expect(rangesFor(root, 'abc', [{ start: 2, end: 9 }, { start: 1, end: 1 }])).toEqual([]);
  });

  it('never changes the editor DOM', () => {
    const root = editor('<p>Pt Delia Pemberton</p>');
    const before = root.innerHTML;
    rangesFor(root, 'Pt Delia Pemberton', [{ start: 3, end: 8 }]);
    expect(root.innerHTML).toBe(before);
  });

  it('maps a 100,000-character text quickly', () => {
    const line = 'word '.repeat(19) + 'MRN 00482917';
    const markup = Array.from({ length: 900 }, () => `<p>${line}</p>`).join('');
    const root = editor(markup);
    const inner = Array.from({ length: 900 }, () => line).join('\n\n');
    const start = inner.lastIndexOf('00482917');
    const t0 = performance.now();
    const [range] = rangesFor(root, inner, [{ start, end: start + 8 }]);
    expect(range.toString()).toBe('00482917');
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
