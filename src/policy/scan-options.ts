// Turns effective settings into the detector's options: the user's sensitivity never drops below
// the organisation's floor.
import { SENSITIVITIES, type ScanOptions, type Sensitivity } from '../detector/types';
import type { EffectiveSettings } from './types';

export function atLeast(sensitivity: Sensitivity, floor: Sensitivity): Sensitivity {
  return SENSITIVITIES.indexOf(sensitivity) >= SENSITIVITIES.indexOf(floor) ? sensitivity : floor;
}

export function toScanOptions(settings: EffectiveSettings): ScanOptions {
  return {
    sensitivity: atLeast(settings.sensitivity, settings.minSensitivity),
    categories: settings.categories,
    allowList: settings.allowList,
    customRules: settings.customRules,
  };
}
