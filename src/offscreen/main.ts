// Chromium's offscreen document: where attached photos are read, off every page's main thread
// (the service worker has no DOM, canvas or Worker for tesseract.js). It answers only image
// messages the worker addressed to it; content scripts' own messages reach it too and are ignored.
import { isOffscreenEnvelope } from '../shared/image-messages';
import { ImageAnalyser } from './analyser';
import { loadImageEngine } from './engine';

const analyser = new ImageAnalyser(loadImageEngine);

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || sender.tab || !isOffscreenEnvelope(message)) return false;
  analyser.handle(message.message).then(sendResponse, () => sendResponse(undefined));
  return true;
});
