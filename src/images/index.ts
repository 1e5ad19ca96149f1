// Public entry of the image engine: reads a picture on the device and reports what in it identifies a patient.
export * from './types';
export type { ImagePlatform, RgbaImage, DecodedImage, OcrReader, OcrWord, OcrLines, FaceDetector, DetectedFace } from './platform';
export { analyzeImage, MAX_IMAGE_PIXELS, READ_MAX_PIXELS, PHOTO_READ_MAX_PIXELS } from './analyze';
export { sniffImageType } from './sniff';
export { IMAGE_ASSETS, IMAGE_ASSET_PATHS, IMAGE_ASSET_DIR, type ShippedAsset } from './assets';
