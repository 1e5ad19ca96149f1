// happy-dom does no layout: every box is 0x0. Give elements a size unless they (or an ancestor)
// are marked data-zero, so visibility filtering (Reddit's 0x0 decoy) can be tested.

export function fakeLayout(): void {
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const zero = this.closest('[data-zero]') !== null || (this.getRootNode() as ShadowRoot).host?.closest('[data-zero]');
    const size = zero ? 0 : 100;
    return { x: 0, y: 0, top: 0, left: 0, right: size, bottom: size / 5, width: size, height: size / 5, toJSON() {} } as DOMRect;
  };
}

/** Builds a DOM snippet (test-only markup written by us) into a fresh body. */
export function page(markup: string): void {
  document.body.innerHTML = markup;
}
