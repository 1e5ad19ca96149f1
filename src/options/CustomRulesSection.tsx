// The organisation's rules (read-only) and the user's own rules, with an editor to add more.
import type { RuleSpec } from '../detector/types';
import type { EffectiveSettings } from '../policy/types';
import { LockedNote } from './LockedNote';
import { RuleEditor } from './RuleEditor';
import { saveAndAnnounce, type Announce } from './save';
import { t } from '../i18n';

export function CustomRulesSection({ settings, announce }: { settings: EffectiveSettings; announce: Announce }) {
  const isOrg = (rule: RuleSpec) => settings.managedRuleIds.includes(rule.id);
  const mine = settings.customRules.filter((r) => !isOrg(r));
  const save = (rules: RuleSpec[]) => void saveAndAnnounce({ customRules: rules }, announce);
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('rulesHeading')}</h2>
      <p class="hint">{t('rulesHint')}</p>
      {settings.customRules.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('rulesColumnId')}</th><th scope="col">{t('rulesColumnCategory')}</th>
              <th scope="col">{t('rulesColumnPattern')}</th><th scope="col"><span class="sr-only">{t('rulesColumnActions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {settings.customRules.map((rule) => (
              <tr key={rule.id}>
                <td>{rule.id}</td>
                <td>{t(`categoryOption_${rule.category}`)}</td>
                <td><code>{rule.pattern}</code>{rule.flags && <> <code>/{rule.flags}</code></>}</td>
                <td>
                  {isOrg(rule) ? <LockedNote /> : (
                    <button type="button" class="secondary" aria-label={t('rulesRemoveLabel', rule.id)}
                      onClick={() => save(mine.filter((r) => r.id !== rule.id))}>{t('rulesRemove')}</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RuleEditor existing={settings.customRules} onAdd={(rule) => save([...mine, rule])} />
    </section>
  );
}
