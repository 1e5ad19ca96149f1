// Each extension page speaks the language its settings resolve to: `lang` on <html> (so screen
// readers pronounce it right) and a title in that language.
import { applyLanguageSetting, t, type MessageKey } from './index';
import type { LanguageSetting } from './language';

export function localisePage(setting: LanguageSetting | undefined, titleKey: MessageKey): void {
  const lang = applyLanguageSetting(setting);
  document.documentElement.lang = lang;
  document.title = t(titleKey);
}
