// Loads a policy file for `--policy`: a bare policy object, or Chromium's managed-policy file
// ({"3rdparty":{"extensions":{"<id>":{...}}}}) or Firefox's policies.json, as IT would deploy it.
import { readFileSync } from 'node:fs';
import { policyToScanOptions } from '../policy/policy-file';
import type { ScanOptions } from '../detector/types';
import type { PolicyProblem } from '../policy/types';

export interface LoadedPolicy {
  options: ScanOptions;
  problems: PolicyProblem[];
}

function unwrap(raw: unknown): unknown {
  const obj = raw as Record<string, any> | null;
  const thirdParty = obj?.['3rdparty'] ?? obj?.policies?.['3rdparty'];
  const extensions = thirdParty?.extensions ?? thirdParty?.Extensions;
  if (extensions && typeof extensions === 'object') {
    const values = Object.values(extensions);
    if (values.length === 1) return values[0];
    throw new Error(`the file configures ${values.length} extensions; keep only PHI Guard's entry`);
  }
  return raw;
}

export function loadPolicy(path: string): LoadedPolicy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read policy file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`policy file ${path} is not valid JSON: ${(e as Error).message}`);
  }
  const { options, problems } = policyToScanOptions(unwrap(raw));
  return { options, problems };
}
