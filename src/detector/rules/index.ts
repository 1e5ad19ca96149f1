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
import type { ContextSpecInFile, RuleData, RuleFile } from './types';

const FILES = [ssn, mrn, planId, phone, email, url, date, age, address, ids, handle, provider] as unknown as RuleFile[];

/** A file's rule with each context spec's named word list put in its place. */
function withWordLists(file: RuleFile, rule: RuleFile['rules'][number]): RuleData {
  if (!rule.context) return rule as RuleData;
  const context = rule.context.map((spec: ContextSpecInFile) => {
    if ('words' in spec) return spec;
    const { wordList, ...rest } = spec;
    const words = file.wordLists?.[wordList];
    if (!words) throw new Error(`rule ${rule.id}: no word list named "${wordList}" in its file`);
    return { ...rest, words };
  });
  return { ...rule, context };
}

export const BUILT_IN_RULES: RuleData[] = FILES.flatMap((f) => f.rules.map((r) => withWordLists(f, r)));

let compiled: CompiledRule[] | null = null;
export function builtInRules(): CompiledRule[] {
  return (compiled ??= BUILT_IN_RULES.map(compileRule));
}
