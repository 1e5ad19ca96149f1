// Whether the site still shows the previews of attached images. When a container that showed
// preview images shows none any more, the person removed the attachments: the guard forgets them.
// Sites preview uploads as blob: or data: images; a site that previews otherwise keeps its images
// until the post is published or its composer goes away (fail safe: a removed photo may still warn).
import { deepQueryAll } from '../../sites/dom/deep-query';
import type { AttachedImage } from './attached-images';

const PREVIEW = 'img[src^="blob:"], img[src^="data:image"]';
const CHECKS_AFTER_MS = [300, 1_000, 3_000];

export function previewCount(owner: Element): number {
  return deepQueryAll(owner, PREVIEW).length;
}

/** Notes, a few times after attaching, whether a preview appeared in the image's container. */
export function watchForPreview(image: AttachedImage): void {
  const owner = image.owner;
  if (!owner) return;
  for (const delay of CHECKS_AFTER_MS) {
    setTimeout(() => {
      if (!image.sawPreview && owner.isConnected && previewCount(owner) > 0) image.sawPreview = true;
    }, delay);
  }
}

/** Images whose container once showed previews and now shows none. */
export function removedByPerson(images: readonly AttachedImage[]): AttachedImage[] {
  const emptied = new Map<Element, boolean>();
  return images.filter((image) => {
    if (!image.owner || !image.sawPreview) return false;
    if (!emptied.has(image.owner)) emptied.set(image.owner, previewCount(image.owner) === 0);
    return emptied.get(image.owner) === true;
  });
}
