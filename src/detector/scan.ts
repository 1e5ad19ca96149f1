import type { ScanOptions, ScanResult } from './types';

export function scan(_text: string, _options: ScanOptions = {}): ScanResult {
  return { verdict: 'ok', risk: 0, findings: [] };
}
