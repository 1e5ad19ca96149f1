// Highlights risky words as the user types, never touching the editor's DOM: CSS Custom
// Highlight API ranges for contenteditable editors, a mirror layer for textareas (no ranges
// can point inside a textarea's value).
import { isTextField } from '../../sites/dom/text';
import { rangesFor } from './text-map';
import { ensureHighlightStyle, HIGHLIGHT_NAME, NOTICE_HIGHLIGHT_NAME } from './styles';
import { TextareaMirror } from './mirror';

export interface Span {
  start: number;
  end: number;
  /** An identifier in a post that does not warn: marked faintly. */
  notice?: boolean;
}

const hasHighlightApi = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class Highlighter {
  private readonly ranges = new Map<HTMLElement, { risk: Range[]; notice: Range[] }>();
  private readonly mirrors = new Map<HTMLElement, TextareaMirror>();

  /** Shows `spans` of `text` (the composer's text as read) in `composer`; empty spans clear it. */
  show(composer: HTMLElement, text: string, spans: Span[]): void {
    if (isTextField(composer)) {
      this.showInField(composer, text, spans);
      return;
    }
    if (!hasHighlightApi()) return;
    if (spans.length === 0) {
      if (this.ranges.delete(composer)) this.repaint();
      return;
    }
    ensureHighlightStyle(composer);
    const risk = spans.filter((s) => !s.notice);
    const notice = spans.filter((s) => s.notice);
    this.ranges.set(composer, {
      risk: risk.length ? rangesFor(composer, text, risk) : [],
      notice: notice.length ? rangesFor(composer, text, notice) : [],
    });
    this.repaint();
  }

  forget(composer: HTMLElement): void {
    if (this.ranges.delete(composer)) this.repaint();
    this.mirrors.get(composer)?.destroy();
    this.mirrors.delete(composer);
  }

  private showInField(field: HTMLElement, text: string, spans: Span[]): void {
    let mirror = this.mirrors.get(field);
    if (spans.length === 0) {
      mirror?.destroy();
      this.mirrors.delete(field);
      return;
    }
    if (!mirror) {
      mirror = new TextareaMirror(field as HTMLTextAreaElement | HTMLInputElement);
      this.mirrors.set(field, mirror);
    }
    mirror.render(text, spans);
  }

  private repaint(): void {
    // Editors replace text nodes as they re-render; ranges on detached nodes are dropped here and
    // recomputed on the next scan rather than patched.
    const risk: Range[] = [];
    const notice: Range[] = [];
    for (const [composer, ranges] of this.ranges) {
      if (!composer.isConnected) {
        this.ranges.delete(composer);
        continue;
      }
      risk.push(...ranges.risk);
      notice.push(...ranges.notice);
    }
    paint(HIGHLIGHT_NAME, risk);
    paint(NOTICE_HIGHLIGHT_NAME, notice);
  }
}

function paint(name: string, ranges: Range[]): void {
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}
