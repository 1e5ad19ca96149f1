// What differs between Node and the browser: turning bytes into pixels, and starting the OCR and face
// models from files that ship with the package (never downloaded at run time).
import type { ImageBox, ImageFormat } from './types';

/** Decoded pixels, 4 bytes (RGBA) per pixel, rows top to bottom, EXIF orientation applied. */
export interface RgbaImage {
  data: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
}

export interface DecodedImage {
  /** The pixels, scaled down so that width × height ≤ the maxPixels asked for (aspect ratio kept). */
  image: RgbaImage;
  /** The size of the picture as displayed, before scaling. */
  width: number;
  height: number;
}

export interface OcrWord {
  text: string;
  /** 0–100, as the OCR engine reports it. */
  confidence: number;
  /** In the pixels of the image given to the reader. */
  box: ImageBox;
}

/** Lines of words in reading order; an empty line separates blocks. */
export type OcrLines = OcrWord[][];

export interface OcrReader {
  read(image: RgbaImage): Promise<OcrLines>;
}

export interface DetectedFace extends ImageBox {
  score: number;
}

export interface FaceDetector {
  detect(image: RgbaImage): Promise<DetectedFace[]>;
}

export interface ImagePlatform {
  decode(bytes: Uint8Array, format: ImageFormat, maxPixels: number): Promise<DecodedImage>;
  /** One shared reader per platform: starting tesseract costs more than reading a small image. */
  ocr(): Promise<OcrReader>;
  /** Null when this platform has no face model. */
  faces(): Promise<FaceDetector | null>;
  /** Stops the OCR worker and frees the models (the CLI calls it before exiting). */
  dispose(): Promise<void>;
}
