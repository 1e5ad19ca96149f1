// The detector's learned models and operating points (weights.json, written by `npm run train`).
// The post model says how likely a post is about an identifiable patient; the span model, how
// likely each candidate span is patient information. Sensitivity levels are operating points
// chosen on leave-one-source-out predictions: low ≈ 1%, medium ≈ 3%, high ≈ 8% false alarms.
import type { Sensitivity } from '../types';
import type { LinearModel } from './linear';
import { HASH_BUCKETS } from './features';
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

/** The n-gram weights, as the knowledge carries them (knowledge/packaged.ts). */
export interface HashedWeights {
  post: number[];
  span: number[];
}

/** Whether MODEL's n-gram weights came from the knowledge: the extension's bundles import weights.json without
 *  them (scripts/lib/bundle-aliases.ts: 14 KB gzip of the content script at page start), and they arrive with
 *  the knowledge on the first composer focus. Until then the post and span models go without their n-gram
 *  terms, as the post model goes without its semantic term. Node bundles the whole file and ignores these. */
let hashedFromKnowledge = false;

/** Installs the knowledge's n-gram weights where the bundled model has none (or removes them, with
 *  undefined); malformed ones are refused. Returns whether the model has its n-gram weights now. */
export function installHashedWeights(hashed: HashedWeights | undefined): boolean {
  const wellFormed = (w: unknown, length: number): w is number[] =>
    Array.isArray(w) && w.length === length && w.every((x) => typeof x === 'number' && Number.isFinite(x));
  if (hashedFromKnowledge || !MODEL.post.hashed.length) {
    const { post, span } = hashed ?? {};
    const ok = wellFormed(post, HASH_BUCKETS) && wellFormed(span, HASH_BUCKETS);
    MODEL.post.hashed = ok ? post : [];
    MODEL.span.hashed = ok ? span : [];
    hashedFromKnowledge = ok;
  }
  return MODEL.post.hashed.length > 0;
}
