// Values that were ignored, and why: the rest of the policy still applies.
// The problems themselves are the validator's words, in English: the same text the CLI prints and
// IT searches for.
import { t } from '../i18n';
import type { PolicyProblem } from '../policy/types';

export function PolicyProblems({ problems }: { problems: PolicyProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section class="problems" role="status" aria-labelledby="problems-heading">
      <h2 id="problems-heading">{t('problemsHeading')}</h2>
      <p>{t('problemsIntro')}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} data-path={p.path}>
            <strong>{t(`problemSource_${p.source}`)}</strong>{p.path && <>, <code>{p.path}</code></>}: {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
