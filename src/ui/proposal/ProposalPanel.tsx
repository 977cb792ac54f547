import { activeReplay, activeScenario } from '../../state/appStore';
import { useApp } from '../common/storeContext';
import { useBreaches } from '../common/useBreaches';
import { EntryItem } from './EntryItem';

/** The active scenario's proposal: its operations in plain words, with their rationale, and whether it is valid. */
export function ProposalPanel() {
  const scenario = useApp(activeScenario);
  const replayed = useApp(activeReplay);
  const scenarios = useApp((s) => s.scenarios);
  const problems = useBreaches();
  const isValid = problems.length === 0;

  if (scenario === null) {
    return (
      <section className="panel" aria-labelledby="proposal-title" data-testid="proposal" data-region="proposal">
        <h2 id="proposal-title">Proposal</h2>
        <p className="hint">
          The published baseline is read-only. Type a figure in the grid or apply an operation below: a new scenario is
          branched for it.
        </p>
      </section>
    );
  }
  const parent = scenario.parentId === null ? null : scenarios.find((s) => s.id === scenario.parentId);
  return (
    <section className="panel" aria-labelledby="proposal-title" data-testid="proposal" data-region="proposal">
      <h2 id="proposal-title">
        Proposal: {scenario.name}
        {scenario.parentId !== null && <span className="hint"> (branched from {parent ? `“${parent.name}”` : 'a deleted scenario'})</span>}
      </h2>
      <p className={`validity ${isValid ? 'valid' : 'invalid'}`} data-testid="validity" role="status">
        {isValid
          ? '✓ Valid: every change applies, every line is funded, Totals and shares are in range, the reduction fits the Subtotal and the envelope is met.'
          : '✗ Not valid:'}
      </p>
      {!isValid && (
        <ul className="problems" data-testid="problems">
          {problems.map((breach) => (
            <li key={`${breach.rule}-${breach.entryId ?? breach.text}`} data-rule={breach.rule}>
              {breach.text}.
            </li>
          ))}
        </ul>
      )}
      {scenario.entries.length === 0 ? (
        <p className="hint">No changes yet: this scenario equals {parent ? `“${parent.name}”` : 'the published baseline'}.</p>
      ) : (
        <ol className="entries" data-testid="entries">
          {scenario.entries.map((entry, i) => (
            <EntryItem key={entry.id} entry={entry} position={i} isLast={i === scenario.entries.length - 1} failure={replayed.failures.get(entry.id)} effect={replayed.effects.get(entry.id)} />
          ))}
        </ol>
      )}
    </section>
  );
}
