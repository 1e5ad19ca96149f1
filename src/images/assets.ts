// The package files the extension must ship for the image engine (the build copies `source` to `target` in
// dist/), and the paths the browser platform loads them from. Nothing is downloaded at run time.
import { FACE_MODEL_FILES, TFJS_WASM_FILES } from './faces';

export const IMAGE_ASSET_DIR = 'image-engine';

export const IMAGE_ASSET_PATHS = {
  tesseractWorker: `${IMAGE_ASSET_DIR}/tesseract/worker.min.js`,
  /** One core: SIMD + LSTM-only (every browser PHI Guard supports has WASM SIMD; LSTM-only is the small data). */
  tesseractCore: `${IMAGE_ASSET_DIR}/tesseract/tesseract-core-simd-lstm.wasm.js`,
  tesseractLangDir: `${IMAGE_ASSET_DIR}/tesseract/lang`,
  faceManifest: `${IMAGE_ASSET_DIR}/faces/${FACE_MODEL_FILES.manifest}`,
  faceWeights: `${IMAGE_ASSET_DIR}/faces/${FACE_MODEL_FILES.weights}`,
  tfjsWasmDir: `${IMAGE_ASSET_DIR}/faces`,
} as const;

export interface ShippedAsset {
  /** Path from the project root (in node_modules). */
  source: string;
  /** Path inside the extension package (dist/chrome, dist/firefox). */
  target: string;
}

export const IMAGE_ASSETS: readonly ShippedAsset[] = [
  { source: 'node_modules/tesseract.js/dist/worker.min.js', target: IMAGE_ASSET_PATHS.tesseractWorker },
  { source: 'node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm.js', target: IMAGE_ASSET_PATHS.tesseractCore },
  { source: 'node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', target: `${IMAGE_ASSET_PATHS.tesseractLangDir}/eng.traineddata.gz` },
  { source: 'node_modules/@tesseract.js-data/spa/4.0.0_best_int/spa.traineddata.gz', target: `${IMAGE_ASSET_PATHS.tesseractLangDir}/spa.traineddata.gz` },
  { source: `node_modules/@vladmandic/face-api/model/${FACE_MODEL_FILES.manifest}`, target: IMAGE_ASSET_PATHS.faceManifest },
  { source: `node_modules/@vladmandic/face-api/model/${FACE_MODEL_FILES.weights}`, target: IMAGE_ASSET_PATHS.faceWeights },
  ...TFJS_WASM_FILES.map((f) => ({ source: `node_modules/@tensorflow/tfjs-backend-wasm/dist/${f}`, target: `${IMAGE_ASSET_PATHS.tfjsWasmDir}/${f}` })),
];
