// Vite plugin: copies the image engine's package files (tesseract's worker, WASM core and eng/spa
// language data, the face model; listed by src/images/assets.ts) into the extension package, so
// nothing is downloaded at run time.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { IMAGE_ASSETS } from '../../src/images/assets';

export function shipImageAssets(root: string): Plugin {
  return {
    name: 'phi-guard-image-assets',
    apply: 'build',
    generateBundle() {
      for (const asset of IMAGE_ASSETS) {
        this.emitFile({ type: 'asset', fileName: asset.target, source: readFileSync(resolve(root, asset.source)) });
      }
    },
  };
}
