// The publish decision's view of attached images: which are still being read, which were flagged
// (with the findings that count under the face policy) and which could not be checked. An error
// from the analyser, or no answer within the publish timeout, is "could not be checked": a warning,
// never a silent pass.
import type { Category, Finding } from '../../detector/types';
import { language } from '../../i18n';
import type { ImageBox, ImageFindingWire, ImageSource } from '../../shared/image-messages';
import type { AttachedImage } from './attached-images';
import { imageSummary } from './image-words';

export interface FlaggedImage {
  image: AttachedImage;
  findings: ImageFindingWire[];
  summary: string;
  boxes: ImageBox[];
  width: number;
  height: number;
}

export interface ImageJudgement {
  pending: AttachedImage[];
  flagged: FlaggedImage[];
  unchecked: AttachedImage[];
}

/**
 * Faces follow the policy inside the engine (photoFaces and the post's text go with each photo), so
 * every finding of a "warn" result counts.
 */
export function judgeImages(images: readonly AttachedImage[], timedOut = false): ImageJudgement {
  const judgement: ImageJudgement = { pending: [], flagged: [], unchecked: [] };
  for (const image of images) {
    const result = image.result;
    if (!result) {
      (timedOut ? judgement.unchecked : judgement.pending).push(image);
      continue;
    }
    if (result.error) {
      judgement.unchecked.push(image);
      continue;
    }
    const findings = result.findings;
    if (result.verdict !== 'warn' || findings.length === 0) continue;
    // The engine words its summary in English; other languages get one built from the categories.
    const summary = language() === 'en' && result.summary ? result.summary : imageSummary(findings);
    judgement.flagged.push({
      image, findings, summary, width: result.width, height: result.height,
      boxes: findings.flatMap((f) => (f.box ? [f.box] : [])),
    });
  }
  return judgement;
}

export const settled = (j: ImageJudgement): boolean => j.pending.length === 0;
export const imagesWarn = (j: ImageJudgement): boolean => j.flagged.length > 0 || j.unchecked.length > 0;

/** Content-free audit facts: the findings (categories, rule ids) and the closed list of sources. */
export function imageAuditFacts(j: ImageJudgement): { findings: Finding[]; sources?: ImageSource[]; risk: number } {
  const findings = j.flagged.flatMap((f) => f.findings);
  const found = [...new Set(findings.map((f) => f.source))];
  const sources = found.length ? found : undefined;
  const risk = Math.max(0, ...findings.map((f) => f.confidence));
  return { findings, sources, risk };
}

export function categoriesOf(findings: readonly ImageFindingWire[]): Category[] {
  return [...new Set(findings.map((f) => f.category))];
}
