// Human-readable output for an image: the verdict and summary, then one line per finding with where it came
// from (OCR, barcode, metadata, face) and where it is in the picture.
import type { ImageScanResult } from '../images/types';
import { CATEGORY_WORDS } from './format';

export function formatImage(source: string, result: ImageScanResult): string {
  if (result.error) return `${source}: could not be checked: ${result.error}`;
  const head = `${source}: ${result.verdict === 'warn' ? 'WARN' : 'ok'} (${result.format}, ${result.width}×${result.height}) ${result.summary}`;
  const lines = result.findings.map((f) => {
    const where = f.box ? `at ${f.box.x},${f.box.y} ${f.box.width}×${f.box.height}` : '';
    const words = f.text ? `"${f.text.replace(/\s+/g, ' ')}"` : '';
    const parts = [f.source.padEnd(8), (CATEGORY_WORDS[f.category] ?? f.category).padEnd(22), words, where, f.reason,
      `[${f.ruleId}, ${f.confidence.toFixed(2)}]`];
    return `  ${parts.filter(Boolean).join('  ')}`;
  });
  return [head, ...lines].join('\n');
}
