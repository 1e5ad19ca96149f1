// Binds the image engine (src/images) to this extension page: the browser platform loads tesseract's
// worker, WASM core and language data and the face model from the package's own files.
import { analyzeImage } from '../images';
import { createBrowserImagePlatform } from '../images/platform-browser';
import type { ImagePlatform } from '../images';
import type { ImageResult } from '../shared/image-messages';
import type { ImageEngine } from './analyser';

let platform: ImagePlatform | null = null;

export async function loadImageEngine(): Promise<ImageEngine> {
  platform ??= createBrowserImagePlatform({ assetUrl: (path) => chrome.runtime.getURL(path) });
  const shared = platform;
  return async (image, options) => (await analyzeImage(image, options, shared)) as ImageResult;
}
