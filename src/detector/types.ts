// The detector's public contract (design.md §3). Offsets are UTF-16 code units into the scanned text.

export const CATEGORIES = [
  'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'PLAN_ID',
  'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'ROOM', 'OTHER_ID', 'STORY',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Sensitivity = 'low' | 'medium' | 'high';
export const SENSITIVITIES: readonly Sensitivity[] = ['low', 'medium', 'high'];

/** A custom rule as IT writes it in policy (design.md §7). */
export interface RuleSpec {
  id: string;
  category: Category;
  pattern: string;
  flags?: string;
  keywords?: string[];
  confidence?: number;
  description?: string;
}

export interface ScanOptions {
  sensitivity?: Sensitivity;
  categories?: Partial<Record<Category, boolean>>;
  allowList?: string[];
  customRules?: RuleSpec[];
  /** The text is a reply to a public review (a review site's reply box): its reader is the reviewer, whose
   *  name the site shows beside the reply, so a sentence that tells them of their own care ("your MRI showed
   *  …", "we saw you on Monday") discloses that they are a patient, and warns (combine.ts). */
  replyToReview?: boolean;
}

export interface Finding {
  start: number;
  end: number;
  category: Category;
  ruleId: string;
  confidence: number;
  /** Plain words a clinician understands, shown in the warning (English). */
  reason: string;
  /** 'notice': an identifier the recognisers are sure of in a post that does not warn (nothing in it
   *  points to a patient). Shown faintly, never stops a post, never counted as a warning. Absent on
   *  the findings a post warns about. */
  level?: 'notice';
  /** For a STORY finding: what identifies the patient, so the interface can say it in any language
   *  ("an age" + "93-year-old"). Absent on other findings, whose reason follows from ruleId/category. */
  evidence?: StoryEvidence[];
}

export interface StoryEvidence {
  kind: 'reference' | 'age' | 'place' | 'day' | 'room' | 'event' | 'role' | 'detail';
  /** The words of the post that carry it. */
  text: string;
}

export interface ScanResult {
  /** 'warn' when any finding is not a notice. */
  verdict: 'ok' | 'warn';
  risk: number;
  findings: Finding[];
}
