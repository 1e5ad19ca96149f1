// Plain words about attached photos (the warning, the options page's test bench), from the
// message catalogue (src/i18n).
import { formatList, t } from '../../i18n';
import { categoryName } from '../../i18n/findings';
import type { ImageFindingWire, ImageSource } from '../../shared/image-messages';

const SOURCE_KEYS = {
  ocr: 'imageSourceOcr',
  barcode: 'imageSourceBarcode',
  metadata: 'imageSourceMetadata',
  face: 'imageSourceFace',
} as const;

export const IMAGE_WORDS = {
  heading: (count: number) => t(count === 1 ? 'imagesHeadingOne' : 'imagesHeadingMany'),
  checking: () => t('imageChecking'),
  uncheckedTitle: () => t('imageUncheckedTitle'),
  uncheckedReason: () => t('imageUncheckedReason'),
  intro: (ai: boolean) => t(ai ? 'imageIntroMessage' : 'imageIntroPost'),
  foundListLabel: () => t('imageFoundListLabel'),
  foundIn: (source: ImageSource) => t('imageFoundIn', t(SOURCE_KEYS[source] ?? 'imageSourceOcr')),
  thumbnailLabel: (summary: string) => t('imageThumbnailLabel', summary),
  uncheckedLabel: () => t('imageUncheckedLabel'),
};

/** "This photo shows patient information: a name and a date." — when the engine gives no summary. */
export function imageSummary(findings: readonly ImageFindingWire[]): string {
  const names = [...new Set(findings.map((f) => categoryName(f.category).toLowerCase()))];
  return names.length ? t('imageSummaryFallback', formatList(names)) : '';
}
