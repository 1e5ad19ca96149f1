/// <reference types="vite/client" />
// Routes image messages from content scripts and the options page to the image analyser: in
// Chromium an offscreen document (the worker has no DOM or Worker for tesseract.js), created on
// demand and closed after a minute idle; in Firefox the background page itself, which has a DOM.
// Image bytes pass through in memory only.
import { extensionApi } from '../policy/extension-api';
import { failedResult, type ImageMessage, type OffscreenEnvelope } from '../shared/image-messages';

const OFFSCREEN_URL = 'src/offscreen/index.html';
export const OFFSCREEN_IDLE_MS = 60_000;

let creating: Promise<void> | null = null;
let inFlight = 0;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

async function ensureOffscreen(api: typeof chrome): Promise<void> {
  const url = api.runtime.getURL(OFFSCREEN_URL);
  const open = await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType], documentUrls: [url] });
  if (open.length > 0) return;
  creating ??= api.offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ['WORKERS' as chrome.offscreen.Reason, 'BLOBS' as chrome.offscreen.Reason],
      justification: 'Reads attached photos (text, barcodes, faces) on the device before they are posted.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

function closeWhenIdle(api: typeof chrome): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    idleTimer = null;
    if (inFlight === 0) api.offscreen.closeDocument().catch(() => {});
  }, OFFSCREEN_IDLE_MS);
}

async function viaOffscreen(api: typeof chrome, message: ImageMessage): Promise<unknown> {
  inFlight++;
  if (idleTimer) clearTimeout(idleTimer);
  try {
    await ensureOffscreen(api);
    const envelope: OffscreenEnvelope = { type: 'offscreen-image', message };
    return await api.runtime.sendMessage(envelope);
  } finally {
    inFlight--;
    closeWhenIdle(api);
  }
}

let localAnalyser: Promise<(message: ImageMessage) => Promise<unknown>> | null = null;

/** Firefox: the analyser runs in this background page, loaded the first time a photo is sent. */
function viaBackgroundPage(message: ImageMessage): Promise<unknown> {
  localAnalyser ??= import('../offscreen/local-analyser').then((m) => m.localAnalyser());
  return localAnalyser.then((handle) => handle(message));
}

export async function routeImageMessage(message: ImageMessage): Promise<unknown> {
  const api = extensionApi();
  try {
    if (api?.offscreen) return await viaOffscreen(api, message);
    if (import.meta.env.MODE === 'firefox') return await viaBackgroundPage(message);
    return message.type === 'image-analyze' ? failedResult('no image checker in this browser') : { ok: false };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'the image checker did not answer';
    return message.type === 'image-analyze' ? failedResult(reason) : { ok: false };
  }
}
