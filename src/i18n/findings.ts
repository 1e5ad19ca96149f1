// Category names and finding reasons in the interface's language. The detector explains each
// finding in English; here the reason is looked up by rule id (and, for a story, rebuilt from its
// evidence), with the detector's own words as the fallback for anything the catalogue lacks.
import type { Category, Finding } from '../detector/types';
import { formatList, hasMessage, t } from './index';

export function categoryName(category: Category): string {
  const key = `category_${category}`;
  return hasMessage(key) ? t(key) : category;
}

type Explained = Pick<Finding, 'category' | 'reason' | 'evidence'> & { ruleId?: string };

const CUSTOM_PREFIX = 'custom.';
const CUSTOM_DEFAULT_REASON = 'This matches a rule set by your organisation.';

export function findingReason(finding: Explained): string {
  const { ruleId = '', reason } = finding;
  if (finding.category === 'STORY' && finding.evidence?.length) {
    const parts = finding.evidence.map((e) => {
      const key = `storyPart_${e.kind}`;
      return hasMessage(key) ? t(key, e.text) : e.text;
    });
    return t('storyReason', formatList(parts));
  }
  if (ruleId.startsWith(CUSTOM_PREFIX)) {
    // The organisation's own description, in the organisation's words.
    return reason && reason !== CUSTOM_DEFAULT_REASON ? reason : t('reasonCustomRule');
  }
  if (ruleId === 'name.repeat') return t('reasonNameRepeat');
  const key = `reason_${ruleId.replace(/[.-]/g, '_')}`;
  if (hasMessage(key)) return t(key);
  // A story without evidence, or a rule the catalogue does not know yet: the detector's English
  // words are better than none.
  return reason;
}
