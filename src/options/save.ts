// Saving from the options page: every change goes through saveUserSettings (validated, locks
// respected) and the outcome is announced in the page's live status region.
import { saveUserSettings } from '../policy/settings';
import type { Policy, PolicyProblem } from '../policy/types';
import { t } from '../i18n';

export type Announce = (message: string) => void;

export async function saveAndAnnounce(partial: Partial<Policy>, announce: Announce): Promise<PolicyProblem[]> {
  try {
    const { saved, problems } = await saveUserSettings(partial);
    if (problems.length) announce(t('optionsNotSaved', problems.map((p) => `${p.path} ${p.message}`).join('; ')));
    else if (saved.length) announce(t('optionsSaved'));
    return problems;
  } catch (error) {
    announce(t('optionsCouldNotSave', (error as Error).message));
    return [];
  }
}
