// Queries that also look inside open shadow roots. Reddit and LinkedIn render composers and publish
// buttons inside open shadow roots, where document.querySelectorAll() never looks.

/** Every element matching `selector` under `root`, including inside open shadow roots (document order). */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const visit = (scope: ParentNode) => {
    for (const el of scope.querySelectorAll<Element>(selector)) found.push(el as T);
    for (const host of shadowHostsIn(scope)) visit(host.shadowRoot as ShadowRoot);
  };
  visit(root);
  return found;
}

/** Elements under `scope` (not nested in deeper shadow roots) that carry an open shadow root. */
export function shadowHostsIn(scope: ParentNode): Element[] {
  const hosts: Element[] = [];
  const start = scope instanceof Element && scope.shadowRoot ? [scope] : [];
  hosts.push(...start);
  // A TreeWalker over elements is much faster than querySelectorAll('*') on big feeds.
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const walker = doc.createTreeWalker(scope as Node, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Element).shadowRoot) hosts.push(node as Element);
  }
  return hosts;
}

/** The element an event really started on, looking through shadow-root retargeting. */
export function eventOrigin(path: EventTarget[]): Element | null {
  for (const target of path) if (target instanceof Element) return target;
  return null;
}

/** The focused element, walking down into open shadow roots (activeElement stops at the host). */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** closest() that crosses shadow boundaries upward (from inside a shadow root to its host's ancestors). */
export function closestDeep(start: Element, selector: string): Element | null {
  let node: Element | null = start;
  while (node) {
    const hit = node.closest(selector);
    if (hit) return hit;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Whether `inner` is `outer` or inside it, crossing shadow boundaries. */
export function containsDeep(outer: Node, inner: Node): boolean {
  let node: Node | null = inner;
  while (node) {
    if (outer === node || outer.contains(node)) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}
