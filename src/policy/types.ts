// The policy and settings contract (design.md §7). The same shape serves defaults, user settings
// (storage.sync), managed policy (storage.managed) and the CLI's --policy file.
import type { Category, RuleSpec, Sensitivity } from '../detector/types';
import type { LanguageSetting } from '../i18n/language';
import type { SiteId } from './site-ids';

export type Mode = 'audit' | 'warn' | 'justify' | 'block';
export const MODES: readonly Mode[] = ['audit', 'warn', 'justify', 'block'];

/** When a face in an attached photo counts as patient information. */
export type PhotoFaces = 'off' | 'context' | 'always';
export const PHOTO_FACES: readonly PhotoFaces[] = ['off', 'context', 'always'];

export interface Acknowledgement {
  required: boolean;
  text: string;
  version: string;
}

export interface AuditSettings {
  retentionDays: number;
  /** OTLP/HTTP logs endpoint (…/v1/logs). Only content-free metadata is ever sent. */
  endpoint?: string;
}

/**
 * IT's same-day repair of a site adapter (policy siteOverrides), added to the adapter's own anchors:
 * a CSS selector for the composer, one for the publish control, and extra publish-control labels.
 */
export interface SiteOverride {
  composer?: string;
  submit?: string;
  submitLabels?: string[];
}

export type SiteOverrides = Partial<Record<SiteId, SiteOverride>>;

export interface Policy {
  mode: Mode;
  sensitivity: Sensitivity;
  minSensitivity: Sensitivity;
  categories: Partial<Record<Category, boolean>>;
  /** Site adapter ids the guard stays off on. */
  disabledSites: string[];
  /** Extra hosts (e.g. a Mastodon instance, an internal forum) guarded by the generic adapter. */
  extraSites: string[];
  allowList: string[];
  customRules: RuleSpec[];
  justificationReasons: string[];
  policyUrl: string;
  orgName: string;
  supportContact: string;
  acknowledgement: Acknowledgement;
  audit: AuditSettings;
  /** Whether a user may pause the guard for 15 minutes from the popup. */
  allowPause: boolean;
  /** The interface's language: "auto" follows the browser. */
  language: LanguageSetting;
  /** Per site id: selectors and labels IT adds to that adapter's own (only managed policy sets it). */
  siteOverrides: SiteOverrides;
  /** Whether identifiers in a post that does not warn (a phone number, an e-mail, a full date with
   *  nothing pointing to a patient) are marked faintly in the composer. They never stop a post. */
  markIdentifiers: boolean;
  /** Faces in attached photos: never a finding, only beside patient context (or at high
   * sensitivity), or always. */
  photoFaces: PhotoFaces;
}

export type PolicyKey = keyof Policy;

/** What every part of the extension reads: the merged settings plus which keys IT has locked. */
export interface EffectiveSettings extends Policy {
  locked: PolicyKey[];
  /** Categories the organisation has switched on or off (the others are the user's to choose). */
  lockedCategories: Category[];
  /** Ids of the organisation's custom rules, shown read-only; user rules follow them. */
  managedRuleIds: string[];
  /** Problems found in user settings or managed policy; the offending values were ignored. */
  problems: PolicyProblem[];
  /** Epoch ms until which the guard is paused by the user, or 0. */
  pausedUntil: number;
}

export interface PolicyProblem {
  source: 'managed' | 'user' | 'file';
  /** Dotted path of the rejected value, e.g. "customRules[2].pattern". */
  path: string;
  message: string;
}

/** One validated layer (user settings, managed policy or a policy file): any subset of keys, and
 * any subset of the fields of the nested objects. */
export type PolicyLayer = Partial<Omit<Policy, 'audit' | 'acknowledgement'>> & {
  audit?: Partial<AuditSettings>;
  acknowledgement?: Partial<Acknowledgement>;
};
