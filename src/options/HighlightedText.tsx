// Read-only preview of text with spans wrapped in <mark>: built from text nodes, never from HTML,
// with the same look as the composer highlight.
export interface MarkSpan {
  start: number;
  end: number;
  title?: string;
  /** An identifier noted in a post that does not warn: a fainter mark. */
  notice?: boolean;
}

export function HighlightedText({ text, spans, label }: { text: string; spans: MarkSpan[]; label: string }) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: preact.ComponentChild[] = [];
  let at = 0;
  sorted.forEach((span, i) => {
    if (span.start < at) return; // overlapping findings: the first one wins the mark
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(<mark key={i} class={span.notice ? 'notice' : 'risk'} title={span.title}>{text.slice(span.start, span.end)}</mark>);
    at = span.end;
  });
  parts.push(text.slice(at));
  return <div class="preview" role="region" aria-label={label}>{parts}</div>;
}
