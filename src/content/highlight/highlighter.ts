// Highlights risky words as the user types, never touching the editor's DOM: CSS Custom
// Highlight API ranges for contenteditable editors, a mirror layer for textareas (no ranges
// can point inside a textarea's value).
import { isTextField } from '../../sites/dom/text';
import { rangesFor } from './text-map';
import { ensureHighlightStyle, HIGHLIGHT_NAME } from './styles';
import { TextareaMirror } from './mirror';

export interface Span {
  start: number;
  end: number;
}

const hasHighlightApi = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class Highlighter {
  private readonly ranges = new Map<HTMLElement, Range[]>();
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
    this.ranges.set(composer, rangesFor(composer, text, spans));
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
    const all: Range[] = [];
    for (const [composer, ranges] of this.ranges) {
      if (!composer.isConnected) this.ranges.delete(composer);
      else all.push(...ranges);
    }
    if (all.length === 0) CSS.highlights.delete(HIGHLIGHT_NAME);
    else CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...all));
  }
}
