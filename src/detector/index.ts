// Public entry of the detector library (pure: no DOM, no browser APIs).
export * from './types';
export { scan, warningsOf } from './scan';
export { createIncrementalScanner, type IncrementalScanner } from './incremental';
