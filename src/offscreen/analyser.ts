// The analyser's side of image messaging, shared by Chromium's offscreen document and Firefox's
// background page: gathers an image's base64 parts, runs the image engine on the bytes and answers
// with its result. Parts and bytes live in memory only until the job is answered or cancelled.
import {
  failedResult, fromBase64, type ImageAnalysisOptions, type ImageMessage, type ImageResult,
} from '../shared/image-messages';

export type ImageEngine = (
  image: { bytes: Uint8Array; mime?: string; name?: string },
  options: ImageAnalysisOptions & { signal?: AbortSignal },
) => Promise<ImageResult>;

/** Parts of a job that never asks to be analysed are dropped after this long. */
const ABANDONED_MS = 60_000;
/** More parts than this (about 60 MB) is not an image the guard reads. */
const MAX_PARTS = 80;

interface Job {
  parts: string[];
  received: number;
  abort: AbortController;
  expiry: ReturnType<typeof setTimeout>;
}

export class ImageAnalyser {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly engine: () => Promise<ImageEngine>) {}

  get pending(): number {
    return this.jobs.size;
  }

  async handle(message: ImageMessage): Promise<unknown> {
    switch (message.type) {
      case 'image-part':
        return this.part(message);
      case 'image-analyze':
        return this.analyse(message);
      case 'image-cancel':
        this.drop(message.job, true);
        return { ok: true };
    }
  }

  private part(message: Extract<ImageMessage, { type: 'image-part' }>): { ok: boolean } {
    const { job: id, index, count, data } = message;
    const valid = typeof data === 'string' && Number.isInteger(count) && count > 0 && count <= MAX_PARTS &&
      Number.isInteger(index) && index >= 0 && index < count;
    if (!valid) return { ok: false };
    let job = this.jobs.get(id);
    if (!job) {
      job = { parts: new Array<string>(count), received: 0, abort: new AbortController(), expiry: setTimeout(() => this.drop(id, true), ABANDONED_MS) };
      this.jobs.set(id, job);
    }
    if (job.parts.length !== count) return { ok: false };
    if (job.parts[index] === undefined) job.received++;
    job.parts[index] = data;
    return { ok: true };
  }

  private async analyse(message: Extract<ImageMessage, { type: 'image-analyze' }>): Promise<ImageResult> {
    const job = this.jobs.get(message.job);
    if (!job || job.received !== job.parts.length) {
      this.drop(message.job, true);
      return failedResult('the image did not arrive whole');
    }
    clearTimeout(job.expiry);
    try {
      const bytes = joinParts(job.parts);
      job.parts = [];
      const engine = await this.engine();
      return await engine({ bytes, mime: message.mime, name: message.name }, { ...message.options, signal: job.abort.signal });
    } catch (error) {
      return failedResult(error instanceof Error ? error.message : 'the image could not be read');
    } finally {
      this.drop(message.job, false);
    }
  }

  private drop(id: string, cancel: boolean): void {
    const job = this.jobs.get(id);
    if (!job) return;
    clearTimeout(job.expiry);
    if (cancel) job.abort.abort();
    this.jobs.delete(id);
  }
}

function joinParts(parts: string[]): Uint8Array {
  const decoded = parts.map(fromBase64);
  const bytes = new Uint8Array(decoded.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of decoded) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
