// Firefox runs the analyser in its background page (it has a DOM and Workers; no offscreen API).
import type { ImageMessage } from '../shared/image-messages';
import { ImageAnalyser } from './analyser';
import { loadImageEngine } from './engine';

export function localAnalyser(): (message: ImageMessage) => Promise<unknown> {
  const analyser = new ImageAnalyser(loadImageEngine);
  return (message) => analyser.handle(message);
}
