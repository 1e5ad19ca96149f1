// The attached photos in the warning: each flagged photo with its thumbnail (regions boxed), the
// reason in plain words and what was found where; photos that could not be checked; and, while a
// photo is still being read, a live status line.
import type { Category } from '../../detector/types';
import type { ImageBox, ImageSource } from '../../shared/image-messages';
import { IMAGE_WORDS } from '../attachments/image-words';
import { categoryName } from '../../i18n/findings';
import { Thumbnail } from './Thumbnail';

export interface ShownImage {
  key: number;
  file: File;
  state: 'flagged' | 'unchecked';
  summary: string;
  /** `words`: what was read there (OCR text, a barcode's content), shown here only. */
  found: Array<{ category: Category; source: ImageSource; words?: string }>;
  boxes: ImageBox[];
  width: number;
  height: number;
}

export function ImageFindings({ images, checking }: { images: ShownImage[]; checking: boolean }) {
  if (images.length === 0 && !checking) return null;
  return (
    <section class="images" aria-label={IMAGE_WORDS.heading(images.length || 1)}>
      {checking && (
        <p class="checking" role="status">
          {IMAGE_WORDS.checking()}
        </p>
      )}
      {images.map((image) => (
        <div class="image-finding" key={image.key}>
          <Thumbnail
            file={image.file}
            boxes={image.boxes}
            width={image.width}
            height={image.height}
            label={image.state === 'flagged' ? IMAGE_WORDS.thumbnailLabel(image.summary) : IMAGE_WORDS.uncheckedLabel()}
          />
          <div class="image-words">
            {image.state === 'flagged' ? (
              <>
                <p class="summary">{image.summary}</p>
                <ul aria-label={IMAGE_WORDS.foundListLabel()}>
                  {dedupe(image.found).map((f, i) => (
                    <li key={i}>
                      <span class="category">{categoryName(f.category)}</span>
                      {f.words && (
                        <>
                          {': '}
                          <span class="words">{f.words.length > 80 ? `${f.words.slice(0, 79)}…` : f.words}</span>
                        </>
                      )}{' '}
                      <span class="source">{IMAGE_WORDS.foundIn(f.source)}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <>
                <p class="summary">{IMAGE_WORDS.uncheckedTitle()}</p>
                <p class="reason">{IMAGE_WORDS.uncheckedReason()}</p>
              </>
            )}
          </div>
        </div>
      ))}
    </section>
  );
}

function dedupe(found: ShownImage['found']): ShownImage['found'] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.category}/${f.source}/${f.words ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
