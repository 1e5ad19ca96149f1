// Built-in defaults: the bottom layer under user settings and managed policy.
import type { Policy } from './types';

export const DEFAULT_JUSTIFICATION_REASONS = [
  "The patient's written authorisation is on file",
  'This is not about a real patient',
  'The information is de-identified or already public',
  'Other',
];

export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({
  mode: 'warn',
  sensitivity: 'medium',
  minSensitivity: 'low',
  categories: {},
  disabledSites: [],
  extraSites: [],
  allowList: [],
  customRules: [],
  justificationReasons: DEFAULT_JUSTIFICATION_REASONS,
  policyUrl: '',
  orgName: '',
  supportContact: '',
  acknowledgement: { required: false, text: '', version: '' },
  audit: { retentionDays: 30 },
  allowPause: true,
  language: 'auto',
  siteOverrides: {},
  photoFaces: 'context',
  markIdentifiers: true,
});
