// What to look for: one switch per category, in plain words. Categories the organisation set are
// shown but cannot be changed.
import { CATEGORIES, type Category } from '../detector/types';
import type { EffectiveSettings } from '../policy/types';
import { LockedNote } from './LockedNote';
import { saveAndAnnounce, type Announce } from './save';
import { t } from '../i18n';

export function CategoriesSection({ settings, announce }: { settings: EffectiveSettings; announce: Announce }) {
  const toggle = (category: Category, on: boolean) => {
    const mine = Object.fromEntries(
      Object.entries(settings.categories).filter(([c]) => !settings.lockedCategories.includes(c as Category)),
    );
    void saveAndAnnounce({ categories: { ...mine, [category]: on } }, announce);
  };
  return (
    <section aria-labelledby="categories-heading">
      <h2 id="categories-heading">{t('categoriesHeading')}</h2>
      <ul class="option-list grid-2">
        {CATEGORIES.map((category) => {
          const locked = settings.lockedCategories.includes(category);
          const id = `category-${category}`;
          return (
            <li key={category}>
              <label for={id}>
                <input
                  id={id} type="checkbox" aria-describedby={`${id}-hint`}
                  checked={settings.categories[category] !== false} disabled={locked}
                  onChange={(e) => toggle(category, e.currentTarget.checked)}
                />{' '}
                {t(`categoryOption_${category}`)}
              </label>
              {locked && <LockedNote />}
              <p class="hint" id={`${id}-hint`}>{t(`categoryHint_${category}`)}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
