// The detector's learned models and operating points (weights.json, written by `npm run train`).
// The post model says how likely a post is about an identifiable patient; the span model, how
// likely each candidate span is patient information. Sensitivity levels are operating points
// chosen on leave-one-source-out predictions: low ≈ 1%, medium ≈ 3%, high ≈ 8% false alarms.
import type { Sensitivity } from '../types';
import type { LinearModel } from './linear';
import weights from './weights.json';

export interface OperatingPoint {
  /** A post whose stacked score reaches this warns. */
  post: number;
  /** A post with an identifier span (SSN, MRN, phone …) this probable warns whatever its story. */
  identifier: number;
  /** A post whose most probable name span reaches this warns (absent: no such rule). */
  name?: number;
  /** In a post that warns, a span whose probability reaches this is highlighted as a finding. */
  span: number;
  /** Every well-formed identifier warns, whoever's it is (features.ts loneIdentifier): a DLP-style guard. */
  loneIdentifiers?: boolean;
}

export interface DetectorModel {
  version: number;
  post: LinearModel;
  span: LinearModel;
  /** Decides the verdict from the post model's and the span model's outputs (see combine.ts). */
  stack: LinearModel;
  operatingPoints: Record<Sensitivity, OperatingPoint>;
}

export const MODEL = weights as unknown as DetectorModel;
