// Face detection with @vladmandic/face-api's Tiny Face Detector (model: tiny_face_detector_model.bin, 190 KB,
// shipped in the npm package's model/ folder) on TensorFlow.js's WebAssembly backend, whose .wasm files come
// from @tensorflow/tfjs-backend-wasm (the version face-api's bundle carries). The backend's JavaScript is in
// face-api's bundle; only the binaries are loaded, from files the package ships. It needs no WebGL and runs the
// same in Node, an offscreen document and a background page; if WebAssembly fails it falls back to the plain
// JavaScript CPU backend (about 5-10 times slower, measured in scripts/bench-images.ts).
import type { DetectedFace, FaceDetector, RgbaImage } from './platform';

export const FACE_MODEL_FILES = {
  manifest: 'tiny_face_detector_model-weights_manifest.json',
  weights: 'tiny_face_detector_model.bin',
};

/** The tfjs WebAssembly binaries: SIMD, and plain for a browser without SIMD. (The threaded build needs
 *  cross-origin isolation, which extension pages do not have, so it is not shipped.) */
export const TFJS_WASM_FILES = ['tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm.wasm'] as const;

export interface FaceBackend {
  /** Where each of TFJS_WASM_FILES is (URLs; data: URLs in Node). */
  wasmPaths: Record<string, string>;
  /** Load the binaries through tfjs's platform fetch (Node) rather than emscripten's own loader. */
  usePlatformFetch: boolean;
}

/** The detector's input size (a multiple of 32): larger finds smaller faces, slower. 416 is face-api's default. */
const INPUT_SIZE = 416;
/** Below this score the tiny detector's boxes are mostly texture. */
const MIN_SCORE = 0.5;

type FaceApi = typeof import('@vladmandic/face-api');

// face-api's type declarations leave out the backend functions its bundle carries.
interface TfBackends {
  getBackend(): string;
  setBackend(name: string): Promise<boolean>;
  ready(): Promise<void>;
  setWasmPaths(paths: Record<string, string>, usePlatformFetch?: boolean): void;
  env(): { set(flag: string, value: boolean): void };
}

export async function chooseBackend(faceapi: FaceApi, backend: FaceBackend): Promise<string> {
  const tf = faceapi.tf as unknown as TfBackends;
  if (tf.getBackend() === 'wasm') return 'wasm';
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  const paths = { ...backend.wasmPaths, 'tfjs-backend-wasm-threaded-simd.wasm': backend.wasmPaths['tfjs-backend-wasm-simd.wasm'] };
  tf.setWasmPaths(paths, backend.usePlatformFetch);
  let ok = false;
  try {
    ok = await tf.setBackend('wasm');
  } catch {
    ok = false;
  }
  if (!ok) await tf.setBackend('cpu');
  await tf.ready();
  return tf.getBackend();
}

export async function createFaceApiDetector(faceapi: FaceApi, manifestJson: unknown, weights: Uint8Array): Promise<FaceDetector> {
  const tf = faceapi.tf;
  const manifest = manifestJson as { weights: Parameters<typeof tf.io.decodeWeights>[1] }[];
  const buffer = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer;
  const weightMap = tf.io.decodeWeights(buffer, manifest.flatMap((group) => group.weights));
  faceapi.nets.tinyFaceDetector.loadFromWeightMap(weightMap);
  const options = new faceapi.TinyFaceDetectorOptions({ inputSize: INPUT_SIZE, scoreThreshold: MIN_SCORE });
  return {
    async detect(image: RgbaImage): Promise<DetectedFace[]> {
      // RGBA -> RGB int32 tensor, disposed as soon as the detector is done with it.
      const rgb = new Int32Array(image.width * image.height * 3);
      for (let i = 0, p = 0; p < image.data.length; p += 4) {
        rgb[i++] = image.data[p]; rgb[i++] = image.data[p + 1]; rgb[i++] = image.data[p + 2];
      }
      const tensor = tf.tensor3d(rgb, [image.height, image.width, 3], 'int32');
      try {
        const detections = await faceapi.detectAllFaces(tensor as never, options);
        return detections.map((d) => ({ x: d.box.x, y: d.box.y, width: d.box.width, height: d.box.height, score: d.score }));
      } finally {
        tensor.dispose();
      }
    },
  };
}
