// Which composer an attachment belongs to: the container of the composer the paste or drop went
// into, else the container holding (or standing next to) the file input or drop target, else the
// page as a whole (a photo picked before any composer is shown counts for the next publish).
import { containsDeep, eventOrigin } from '../../sites/dom/deep-query';
import type { SiteAdapter } from '../../sites/types';
import type { Owner } from './attached-images';

/** How far up from a file input to look for a composer "near" it (toolbars sit beside editors). */
const NEAR_LEVELS = 6;

function parentAcrossShadow(node: Element): Element | null {
  return node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
}

export function ownerOf(site: SiteAdapter, composers: readonly HTMLElement[], path: EventTarget[]): Owner {
  const onPath = composers.find((c) => path.includes(c));
  if (onPath) return site.containerOf(onPath);
  const origin = eventOrigin(path);
  if (!origin) return null;
  for (const composer of composers) {
    const container = site.containerOf(composer);
    if (containsDeep(container, origin)) return container;
  }
  let node: Element | null = origin;
  // Never as far as <body>: everything on the page is "near" from there.
  for (let level = 0; node && level < NEAR_LEVELS && node !== node.ownerDocument.body; level++, node = parentAcrossShadow(node)) {
    const ancestor: Element = node;
    const near = composers.find((c) => containsDeep(ancestor, c));
    if (near) return site.containerOf(near);
  }
  return null;
}
