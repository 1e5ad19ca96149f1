// The images attached to the page's composers, waiting for the publish decision. Each is read
// (file.arrayBuffer(): the file exactly as the person attached it) and sent to the analyser at
// once, so the result is usually ready before the person publishes. Images are kept per composer
// container (the element holding everything published together), or for the page when the file
// was chosen before any composer existed (Instagram picks the photo first, the caption after).
// Held in memory only, and only the File reference and the result: never stored, never sent off.
import { failedResult, type ImageAnalysisOptions, type ImageResult } from '../../shared/image-messages';
import { requestAnalysis, type AnalysisRequest } from './analysis-client';

/** Bigger files are not read: the warning says the photo could not be checked. */
export const MAX_IMAGE_BYTES = 30 * 1024 * 1024;
/** Per container, and on the page overall: more are listed as not checked rather than read. */
export const MAX_IMAGES_PER_OWNER = 10;
export const MAX_IMAGES_HELD = 24;

export type Owner = Element | null;

export interface AttachedImage {
  readonly id: number;
  readonly file: File;
  readonly owner: Owner;
  readonly attachedAt: number;
  /** Set once the analyser answered (or failed). */
  result: ImageResult | null;
  readonly done: Promise<ImageResult>;
  readonly abort: AbortController;
  /** Whether the site showed a preview image in the owner after this image was attached. */
  sawPreview: boolean;
}

export type Analyse = (request: AnalysisRequest) => Promise<ImageResult>;

let nextId = 1;

export class AttachedImages {
  private readonly held: AttachedImage[] = [];

  constructor(
    private readonly options: (owner: Owner) => ImageAnalysisOptions,
    private readonly analyse: Analyse = requestAnalysis,
  ) {}

  get size(): number {
    return this.held.length;
  }

  add(owner: Owner, file: File, now = Date.now()): AttachedImage {
    const abort = new AbortController();
    const tooMany =
      this.held.length >= MAX_IMAGES_HELD || this.held.filter((i) => i.owner === owner).length >= MAX_IMAGES_PER_OWNER;
    const refusal = tooMany
      ? 'too many images attached to check them all'
      : file.size > MAX_IMAGE_BYTES
        ? 'the image is too large to check'
        : null;
    const done = refusal ? Promise.resolve(failedResult(refusal)) : this.read(file, this.options(owner), abort.signal);
    const image: AttachedImage = { id: nextId++, file, owner, attachedAt: now, result: null, done, abort, sawPreview: false };
    void done.then((result) => {
      image.result = result;
    });
    this.held.push(image);
    return image;
  }

  private async read(file: File, options: ImageAnalysisOptions, signal: AbortSignal): Promise<ImageResult> {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return failedResult('the image file could not be read');
    }
    return this.analyse({ bytes, mime: file.type || undefined, name: file.name, options, signal });
  }

  /** Images a publish from these containers carries: theirs, and those attached to the page. */
  forPublish(owners: readonly Element[]): AttachedImage[] {
    this.dropGone();
    return this.held.filter((i) => i.owner === null || owners.includes(i.owner));
  }

  all(): readonly AttachedImage[] {
    return this.held;
  }

  forget(images: readonly AttachedImage[]): void {
    for (const image of images) {
      const at = this.held.indexOf(image);
      if (at < 0) continue;
      this.held.splice(at, 1);
      image.abort.abort();
    }
  }

  /** A container the site removed took its attachments with it. */
  private dropGone(): void {
    this.forget(this.held.filter((i) => i.owner !== null && !i.owner.isConnected));
  }
}
