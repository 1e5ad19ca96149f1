// The options page: organisation set-up, problems, user choices, custom rules, test bench, audit.
import { useState } from 'preact/hooks';
import { AllowListSection } from './AllowListSection';
import { AuditSection } from './AuditSection';
import { CategoriesSection } from './CategoriesSection';
import { CustomRulesSection } from './CustomRulesSection';
import { OrganisationSection } from './OrganisationSection';
import { PolicyProblems } from './PolicyProblems';
import { SensitivitySection } from './SensitivitySection';
import { SitesSection } from './SitesSection';
import { TestBench } from './TestBench';
import { useSettings } from './use-settings';
import { t } from '../i18n';

export function Options() {
  const settings = useSettings();
  const [status, setStatus] = useState('');
  if (!settings) return <main aria-busy="true"><h1>{t('optionsTitle')}</h1><p>{t('optionsLoading')}</p></main>;
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p class="status" role="status" aria-live="polite">{status}</p>
      <OrganisationSection settings={settings} />
      <PolicyProblems problems={settings.problems} />
      <SensitivitySection settings={settings} announce={setStatus} />
      <CategoriesSection settings={settings} announce={setStatus} />
      <SitesSection settings={settings} announce={setStatus} />
      <AllowListSection settings={settings} announce={setStatus} />
      <CustomRulesSection settings={settings} announce={setStatus} />
      <TestBench settings={settings} />
      <AuditSection settings={settings} />
    </main>
  );
}
