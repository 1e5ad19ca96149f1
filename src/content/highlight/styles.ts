// The ::highlight() rule, added with adoptedStyleSheets (no <style> node in the page) to the
// document and to every open shadow root that holds a composer: a highlight rule only applies to
// ranges inside the tree whose styles contain it.

export const HIGHLIGHT_NAME = 'phi-guard-risk';
/** Identifiers in a post that does not warn (Finding.level 'notice'): marked faintly, no colour fill. */
export const NOTICE_HIGHLIGHT_NAME = 'phi-guard-notice';

/** The marks' looks, shared by the highlight rules and the textarea mirror. */
export const RISK_MARK = 'background-color: rgba(255, 193, 7, 0.35); text-decoration: underline wavy rgb(198, 40, 40); text-decoration-thickness: 1px;';
export const NOTICE_MARK = 'text-decoration: underline dotted rgb(21, 101, 192); text-decoration-thickness: 2px;';

const CSS_TEXT = `::highlight(${HIGHLIGHT_NAME}) { ${RISK_MARK} }
::highlight(${NOTICE_HIGHLIGHT_NAME}) { ${NOTICE_MARK} }`;

const sheets = new WeakMap<Document, CSSStyleSheet>();
const styled = new WeakSet<Document | ShadowRoot>();

function sheetFor(doc: Document): CSSStyleSheet | null {
  let sheet = sheets.get(doc);
  if (!sheet) {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (!Sheet) return null;
    sheet = new Sheet();
    sheet.replaceSync(CSS_TEXT);
    sheets.set(doc, sheet);
  }
  return sheet;
}

/** Makes sure the highlight rule applies in the tree (document or shadow root) holding `node`. */
export function ensureHighlightStyle(node: Node): void {
  const root = node.getRootNode() as Document | ShadowRoot;
  if (styled.has(root)) return;
  // A detached subtree has neither: nothing is painted there anyway.
  if (!(root instanceof ShadowRoot) && root.nodeType !== Node.DOCUMENT_NODE) return;
  const doc = root instanceof ShadowRoot ? root.ownerDocument : (root as Document);
  const sheet = sheetFor(doc);
  if (!sheet) return;
  try {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    styled.add(root);
  } catch {
    // A hostile page may freeze adoptedStyleSheets; highlighting is a courtesy, the guard still works.
  }
}
