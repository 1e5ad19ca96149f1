// Our own layer for textarea mirrors: a host element appended to <html>, outside every editor,
// with an open shadow root so the page's CSS cannot restyle the mirrors and ours cannot leak.

let layer: ShadowRoot | null = null;

export function mirrorLayer(doc: Document = document): ShadowRoot {
  if (layer && layer.host.isConnected) return layer;
  const host = doc.createElement('phi-guard-highlights');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'all: initial; position: fixed; inset: 0; pointer-events: none; z-index: 2147483646;';
  layer = host.attachShadow({ mode: 'open' });
  doc.documentElement.append(host);
  return layer;
}
