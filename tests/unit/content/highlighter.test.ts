import { describe, expect, it } from 'vitest';
import { Highlighter } from '../../../src/content/highlight/highlighter';
import { suggestionsOpen } from '../../../src/content/intercept/keys';

const mirrorLayer = () => document.querySelector('phi-guard-highlights')?.shadowRoot ?? null;

describe('textarea mirror', () => {
  it('marks the risky words in a mirror outside the editor, with the page text as text only', () => {
    document.body.innerHTML = '<form><textarea id="t"></textarea></form>';
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.value = 'Call <b>Delia</b> at 630-555-0194';
    const highlighter = new Highlighter();
    const at = field.value.indexOf('630');
    highlighter.show(field, field.value, [{ start: at, end: at + 12 }]);
    const layer = mirrorLayer()!;
    expect(layer.host.parentElement).toBe(document.documentElement);
    const mirror = layer.querySelector('.mirror')!;
    expect(mirror.querySelector('span')!.textContent).toBe('630-555-0194');
    expect(mirror.querySelector('b')).toBeNull();
    expect(mirror.textContent).toBe(`${field.value} `);
    expect(field.parentElement!.children).toHaveLength(1);
    const style = (mirror as HTMLElement).style;
    expect(style.pointerEvents).toBe('none');
    expect(style.color).toBe('transparent');
    highlighter.show(field, field.value, []);
    expect(layer.querySelector('.mirror')).toBeNull();
  });
});

describe('suggestionsOpen', () => {
  it('is true when the editor says its list is expanded or a listbox with options is shown', () => {
    document.body.innerHTML = '<div id="c" contenteditable="true" aria-expanded="true"></div>';
    expect(suggestionsOpen(document.getElementById('c')!)).toBe(true);
    document.body.innerHTML = '<div id="c" contenteditable="true"></div><ul role="listbox"><li role="option">@rosa</li></ul>';
    const list = document.querySelector('[role="listbox"]')!;
    list.getBoundingClientRect = () => ({ top: 10, bottom: 60, left: 0, right: 100, width: 100, height: 50 }) as DOMRect;
    expect(suggestionsOpen(document.getElementById('c')!)).toBe(true);
    list.getBoundingClientRect = () => ({ top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0 }) as DOMRect;
    expect(suggestionsOpen(document.getElementById('c')!)).toBe(false);
  });
});

describe('notices in the mirror', () => {
  it('marks a notice apart from a risk, so the two look different', () => {
    document.body.innerHTML = '<form><textarea id="t"></textarea></form>';
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.value = 'Ping me at 415-867-2291, stretcher 31';
    const highlighter = new Highlighter();
    const phone = field.value.indexOf('415');
    const bed = field.value.indexOf('stretcher');
    highlighter.show(field, field.value, [{ start: bed, end: bed + 12 }, { start: phone, end: phone + 12, notice: true }]);
    const mirror = mirrorLayer()!.querySelector('.mirror')!;
    expect([...mirror.querySelectorAll('span')].map((s) => `${s.className}:${s.textContent}`)).toEqual(['notice:415-867-2291', 'risk:stretcher 31']);
    const [notice, risk] = [...mirror.querySelectorAll('span')] as HTMLElement[];
    expect(notice.style.textDecoration).toContain('dotted');
    expect(risk.style.textDecoration).toContain('wavy');
    highlighter.forget(field);
  });
});
