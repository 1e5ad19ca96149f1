// Sends an attached image to the extension's analyser (worker -> offscreen document, or the
// Firefox background page) and waits for its result. Messaging serialises as JSON in Chromium, so
// the bytes go as base64 parts, one message each, before the request to analyse them. Everything
// stays inside the extension: no network, no storage.
import {
  asImageResult, failedResult, IMAGE_PART_CHARS, toBase64, type ImageAnalysisOptions, type ImageMessage,
  type ImageResult,
} from '../../shared/image-messages';

const PART_BYTES = (IMAGE_PART_CHARS / 4) * 3;

type Send = (message: ImageMessage) => Promise<unknown>;

function runtimeSend(message: ImageMessage): Promise<unknown> {
  const runtime = globalThis.chrome?.runtime;
  if (!runtime?.id) return Promise.reject(new Error('the extension is not available'));
  return runtime.sendMessage(message);
}

let jobs = 0;
const jobId = () => `${Date.now().toString(36)}-${(jobs++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export interface AnalysisRequest {
  bytes: Uint8Array;
  mime?: string;
  name?: string;
  options: ImageAnalysisOptions;
  signal?: AbortSignal;
}

/** Never rejects: a failure is an error result, which the warning treats as "could not be checked". */
export async function requestAnalysis(request: AnalysisRequest, send: Send = runtimeSend): Promise<ImageResult> {
  const job = jobId();
  const { bytes, signal } = request;
  const cancel = () => void send({ type: 'image-cancel', job }).catch(() => {});
  try {
    const count = Math.max(1, Math.ceil(bytes.length / PART_BYTES));
    for (let index = 0; index < count; index++) {
      if (signal?.aborted) throw new Error('cancelled');
      // One part per message, encoded just before it is sent, so the page never holds a second copy.
      const data = toBase64(bytes.subarray(index * PART_BYTES, (index + 1) * PART_BYTES));
      await send({ type: 'image-part', job, index, count, data });
    }
    if (signal?.aborted) throw new Error('cancelled');
    signal?.addEventListener('abort', cancel, { once: true });
    const answer = await send({ type: 'image-analyze', job, mime: request.mime, name: request.name, options: request.options });
    return asImageResult(answer);
  } catch (error) {
    cancel();
    return failedResult(error instanceof Error ? error.message : 'the image could not be sent to the checker');
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}
