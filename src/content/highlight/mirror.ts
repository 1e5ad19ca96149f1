// A mirror of a textarea: same box, font and scroll position, transparent text, with the risky
// words wrapped in our own spans (identifiers in a post that does not warn, faintly). It sits over the textarea with pointer-events: none, so the user
// types into the site's textarea as always while the marks appear under the words.
import { mirrorLayer } from './layer';
import { NOTICE_MARK, RISK_MARK } from './styles';

const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight',
  'fontStyle', 'fontVariant', 'fontStretch', 'letterSpacing', 'wordSpacing', 'lineHeight', 'textAlign',
  'textIndent', 'textTransform', 'tabSize', 'direction',
] as const;

export class TextareaMirror {
  private readonly box: HTMLDivElement;
  private frame = 0;
  /** Scroll and resize fire many times a frame: place once per frame. */
  private readonly sync = () => {
    if (this.frame === 0) this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  };
  private readonly observer: ResizeObserver | null;

  constructor(private readonly field: HTMLTextAreaElement | HTMLInputElement) {
    this.box = document.createElement('div');
    this.box.className = 'mirror';
    mirrorLayer().append(this.box);
    field.addEventListener('scroll', this.sync, { passive: true });
    window.addEventListener('scroll', this.sync, { passive: true, capture: true });
    window.addEventListener('resize', this.sync, { passive: true });
    this.observer = typeof ResizeObserver === 'function' ? new ResizeObserver(this.sync) : null;
    this.observer?.observe(field);
  }

  render(text: string, spans: Array<{ start: number; end: number; notice?: boolean }>): void {
    const nodes: Node[] = [];
    let at = 0;
    for (const span of [...spans].sort((a, b) => a.start - b.start)) {
      if (span.start < at) continue;
      nodes.push(document.createTextNode(text.slice(at, span.start)));
      const mark = document.createElement('span');
      mark.textContent = text.slice(span.start, span.end);
      mark.className = span.notice ? 'notice' : 'risk';
      mark.style.cssText = `${span.notice ? NOTICE_MARK : RISK_MARK} border-radius: 2px;`;
      nodes.push(mark);
      at = span.end;
    }
    // A trailing newline needs a character after it to take up a line, as in the textarea.
    nodes.push(document.createTextNode(`${text.slice(at)} `));
    this.box.replaceChildren(...nodes);
    this.place();
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.field.removeEventListener('scroll', this.sync);
    window.removeEventListener('scroll', this.sync, { capture: true });
    window.removeEventListener('resize', this.sync);
    this.observer?.disconnect();
    this.box.remove();
  }

  private place(): void {
    if (!this.field.isConnected) {
      this.destroy();
      return;
    }
    const rect = this.field.getBoundingClientRect();
    const computed = getComputedStyle(this.field);
    const style = this.box.style;
    for (const prop of COPIED) style[prop] = computed[prop];
    Object.assign(style, {
      position: 'fixed',
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
      boxSizing: 'border-box',
      borderColor: 'transparent',
      color: 'transparent',
      background: 'transparent',
      overflow: 'hidden',
      whiteSpace: this.field instanceof HTMLInputElement ? 'pre' : 'pre-wrap',
      overflowWrap: 'break-word',
      margin: '0',
      pointerEvents: 'none',
    });
    // Clip to what scroll containers leave visible, so marks never float outside the textarea's
    // column or over the page header when the textarea is scrolled away.
    const clip = visibleArea(this.field, rect);
    style.clipPath = `inset(${clip.top - rect.top}px ${rect.right - clip.right}px ${rect.bottom - clip.bottom}px ${clip.left - rect.left}px)`;
    style.visibility = clip.right > clip.left && clip.bottom > clip.top ? 'visible' : 'hidden';
    this.box.scrollTop = this.field.scrollTop;
    this.box.scrollLeft = this.field.scrollLeft;
  }
}

interface Box {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

function visibleArea(field: Element, rect: DOMRect): Box {
  const box: Box = { top: rect.top, right: rect.right, bottom: rect.bottom, left: rect.left };
  const clipTo = (r: Box) => {
    box.top = Math.max(box.top, r.top);
    box.right = Math.min(box.right, r.right);
    box.bottom = Math.min(box.bottom, r.bottom);
    box.left = Math.max(box.left, r.left);
  };
  let node: Element | null = field.parentElement ?? ((field.getRootNode() as ShadowRoot).host ?? null);
  while (node && node !== document.documentElement) {
    if (getComputedStyle(node).overflow !== 'visible') clipTo(node.getBoundingClientRect());
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  clipTo({ top: 0, left: 0, right: innerWidth, bottom: innerHeight });
  return box;
}
