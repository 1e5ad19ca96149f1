// Values that were ignored, and why: the rest of the policy still applies.
import type { PolicyProblem } from '../policy/types';

const SOURCE: Record<PolicyProblem['source'], string> = {
  managed: 'Your organisation’s policy',
  user: 'Your settings',
  file: 'Policy file',
};

export function PolicyProblems({ problems }: { problems: PolicyProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section class="problems" role="status" aria-labelledby="problems-heading">
      <h2 id="problems-heading">Some settings were ignored</h2>
      <p>Everything else still applies. Tell your IT team about problems in your organisation’s policy.</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} data-path={p.path}>
            <strong>{SOURCE[p.source]}</strong>{p.path && <>, <code>{p.path}</code></>}: {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
