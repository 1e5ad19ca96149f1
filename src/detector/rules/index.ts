// The built-in rule set: every rules/*.json file, compiled once on first use.
import address from '../../../rules/address.json';
import age from '../../../rules/age.json';
import date from '../../../rules/date.json';
import email from '../../../rules/email.json';
import handle from '../../../rules/handle.json';
import ids from '../../../rules/ids.json';
import mrn from '../../../rules/mrn.json';
import phone from '../../../rules/phone.json';
import planId from '../../../rules/plan-id.json';
import provider from '../../../rules/provider.json';
import ssn from '../../../rules/ssn.json';
import url from '../../../rules/url.json';
import { compileRule, type CompiledRule } from './compile';
import type { RuleData } from './types';

const FILES = [ssn, mrn, planId, phone, email, url, date, age, address, ids, handle, provider] as unknown as { rules: RuleData[] }[];

export const BUILT_IN_RULES: RuleData[] = FILES.flatMap((f) => f.rules);

let compiled: CompiledRule[] | null = null;
export function builtInRules(): CompiledRule[] {
  return (compiled ??= BUILT_IN_RULES.map(compileRule));
}
