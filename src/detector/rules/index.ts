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

/** A rule file's rules, each context spec's named word list put in its place. A name with no list is a
 *  mistake in the file: it throws, which the unit tests catch before a build, and which in a tab happens
 *  inside scan()'s guard (the post is then checked by hand), never at the content script's start. */
export function resolveWordLists(file: RuleFile): RuleData[] {
  return file.rules.map((rule) => {
    if (!rule.context) return rule as RuleData;
    const context = rule.context.map((spec: ContextSpecInFile) => {
      if ('words' in spec) return spec;
      const { wordList, ...rest } = spec;
      const words = file.wordLists?.[wordList];
      if (!words) throw new Error(`Rule "${rule.id}" names the word list "${wordList}", which its file does not have.`);
      return { ...rest, words };
    });
    return { ...rule, context };
  });
}

let data: RuleData[] | null = null;
/** The built-in rules as data, word lists in place (read on first use). */
export function builtInRuleData(): RuleData[] {
  return (data ??= FILES.flatMap(resolveWordLists));
}

let compiled: CompiledRule[] | null = null;
export function builtInRules(): CompiledRule[] {
  return (compiled ??= builtInRuleData().map(compileRule));
}
