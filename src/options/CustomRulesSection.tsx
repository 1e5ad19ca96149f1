// The organisation's rules (read-only) and the user's own rules, with an editor to add more.
import type { RuleSpec } from '../detector/types';
import type { EffectiveSettings } from '../policy/types';
import { CATEGORY_INFO } from './category-info';
import { LockedNote } from './LockedNote';
import { RuleEditor } from './RuleEditor';
import { saveAndAnnounce, type Announce } from './save';

export function CustomRulesSection({ settings, announce }: { settings: EffectiveSettings; announce: Announce }) {
  const isOrg = (rule: RuleSpec) => settings.managedRuleIds.includes(rule.id);
  const mine = settings.customRules.filter((r) => !isOrg(r));
  const save = (rules: RuleSpec[]) => void saveAndAnnounce({ customRules: rules }, announce);
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">Custom rules</h2>
      <p class="hint">Extra patterns to flag, such as your unit names or record number format.</p>
      {settings.customRules.length > 0 && (
        <table>
          <thead><tr><th scope="col">Id</th><th scope="col">Category</th><th scope="col">Pattern</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
          <tbody>
            {settings.customRules.map((rule) => (
              <tr key={rule.id}>
                <td>{rule.id}</td>
                <td>{CATEGORY_INFO[rule.category].name}</td>
                <td><code>{rule.pattern}</code>{rule.flags && <> <code>/{rule.flags}</code></>}</td>
                <td>
                  {isOrg(rule) ? <LockedNote /> : (
                    <button type="button" class="secondary" aria-label={`Remove rule ${rule.id}`}
                      onClick={() => save(mine.filter((r) => r.id !== rule.id))}>Remove</button>
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
