// Glue between attached images and the publish decision: the analysis options from settings, the
// wait for photos still being read (bounded), and the images as the warning shows them.
import type { EffectiveSettings } from '../../policy/types';
import type { ImageAnalysisOptions } from '../../shared/image-messages';
import type { ShownImage } from '../overlay/ImageFindings';
import type { AttachedImage } from './attached-images';
import type { ImageJudgement } from './image-verdict';

/** How long a publish waits for a photo still being read before warning it could not be checked. */
export const PUBLISH_WAIT_MS = 10_000;

/**
 * The policy's face setting as it is, with the post's text at attach time: the engine only looks for
 * faces where one would count (always, high sensitivity, or patient context in the picture or the
 * post), which keeps a clean photo quick to read.
 */
export function imageAnalysisOptions(
  s: EffectiveSettings, sensitivity: EffectiveSettings['sensitivity'], postText: string,
): ImageAnalysisOptions {
  return { sensitivity, categories: s.categories, allowList: s.allowList, photoFaces: s.photoFaces, postText };
}

/** Resolves true when every image has an answer, false at the deadline or when `stop` settles first. */
export function waitForImages(pending: readonly AttachedImage[], deadline: number, stop: Promise<unknown>): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
  });
  const read = Promise.all(pending.map((i) => i.done)).then(() => true);
  return Promise.race([read, timeout, stop.then(() => false)]).finally(() => clearTimeout(timer));
}

export function shownImages(j: ImageJudgement): ShownImage[] {
  const flagged: ShownImage[] = j.flagged.map((f) => ({
    key: f.image.id, file: f.image.file, state: 'flagged', summary: f.summary,
    found: f.findings.map((x) => ({ category: x.category, source: x.source, words: x.text })),
    boxes: f.boxes, width: f.width, height: f.height,
  }));
  const unchecked: ShownImage[] = j.unchecked.map((image) => ({
    key: image.id, file: image.file, state: 'unchecked', summary: '', found: [], boxes: [],
    width: image.result?.width ?? 0, height: image.result?.height ?? 0,
  }));
  return [...flagged, ...unchecked];
}
