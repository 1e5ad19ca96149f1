// For the CLI (`phi-guard scan --policy FILE`): applies a policy file exactly as the extension applies
// managed policy, through the same validator and the same merge.
import type { ScanOptions } from '../detector/types';
import { DEFAULT_POLICY } from './defaults';
import { effectiveFromLayers } from './merge';
import { toScanOptions } from './scan-options';
import type { EffectiveSettings, PolicyProblem } from './types';
import { validatePolicy } from './validate';

export { validatePolicy } from './validate';
export { effectiveFromLayers } from './merge';

/**
 * For `phi-guard scan --policy FILE`: the file is treated as the managed layer, so its keys lock and
 * its floor applies exactly as in the browser. `problems` lists every value that was ignored.
 */
export function policyToScanOptions(rawPolicy: unknown): { options: ScanOptions; settings: EffectiveSettings; problems: PolicyProblem[] } {
  const { policy, problems } = validatePolicy(rawPolicy, 'file');
  const settings = effectiveFromLayers(DEFAULT_POLICY, {}, policy, problems);
  return { options: toScanOptions(settings), settings, problems };
}
