// A small picture of an attached photo with the flagged regions boxed. Drawn on a canvas from the
// File itself (createImageBitmap: no object URL, nothing a page's CSP could block, nothing stored);
// the canvas is emptied when the dialog closes. The boxes are decorative (the label says what was
// found), in the image's own pixel space through an SVG viewBox.
import { useEffect, useRef } from 'preact/hooks';
import type { ImageBox } from '../../shared/image-messages';

const MAX_SIDE = 160;

export interface ThumbnailProps {
  file: File;
  label: string;
  boxes: ImageBox[];
  /** The image's size in pixels as the analyser read it (for the boxes). */
  width: number;
  height: number;
}

function fit(width: number, height: number): { w: number; h: number } {
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height, 1));
  return { w: Math.max(1, Math.round(width * scale)), h: Math.max(1, Math.round(height * scale)) };
}

export function Thumbnail({ file, label, boxes, width, height }: ThumbnailProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const size = fit(width || MAX_SIDE, height || MAX_SIDE);
  useEffect(() => {
    let cancelled = false;
    const el = canvas.current;
    if (!el) return;
    createImageBitmap(file)
      .then((bitmap) => {
        const shown = fit(bitmap.width, bitmap.height);
        if (!cancelled) {
          el.width = shown.w;
          el.height = shown.h;
          el.getContext('2d')?.drawImage(bitmap, 0, 0, shown.w, shown.h);
        }
        bitmap.close();
      })
      .catch(() => {});
    return () => {
      cancelled = true;
      el.width = 0;
      el.height = 0;
    };
  }, [file]);
  return (
    <div class="thumbnail" role="img" aria-label={label} style={{ width: `${size.w}px`, height: `${size.h}px` }}>
      <canvas ref={canvas} width={size.w} height={size.h} aria-hidden="true" />
      {boxes.length > 0 && width > 0 && height > 0 && (
        <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {boxes.map((b, i) => (
            <rect key={i} x={b.x} y={b.y} width={b.width} height={b.height} vector-effect="non-scaling-stroke" />
          ))}
        </svg>
      )}
    </div>
  );
}
