import { describeOperation } from '../../model/describe';
import { activeReplay, activeScenario, shownPlan } from '../../state/appStore';
import { useApp, useAppStore } from '../common/storeContext';
import { useBreaches } from '../common/useBreaches';

const TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : TIME.format(date);
}

/** The active scenario's proposal: its operations in plain words, with their rationale, and whether it is valid. */
export function ProposalPanel() {
  const store = useAppStore();
  const plan = useApp(shownPlan);
  const style = useApp((s) => s.style);
  const scenario = useApp(activeScenario);
  const replayed = useApp(activeReplay);
  const scenarios = useApp((s) => s.scenarios);
  const problems = useBreaches();
  const isValid = problems.length === 0;

  if (scenario === null) {
    return (
      <section className="panel" aria-labelledby="proposal-title" data-testid="proposal">
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
    <section className="panel" aria-labelledby="proposal-title" data-testid="proposal">
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
          {scenario.entries.map((entry) => {
            const failure = replayed.failures.get(entry.id);
            return (
              <li key={entry.id} className={!entry.enabled ? 'entry-off' : failure ? 'entry-failed' : undefined} data-testid="entry">
                <label className="entry-toggle">
                  <input
                    type="checkbox"
                    checked={entry.enabled}
                    onChange={() => store.getState().toggleEntry(entry.id)}
                    aria-label={`Apply: ${describeOperation(entry.operation, plan, style)}`}
                  />
                </label>
                <span className="entry-text">
                  <span data-testid="entry-words">{describeOperation(entry.operation, plan, style)}</span>
                  {entry.rationale && <span className="rationale"> — {entry.rationale}</span>}
                  <span className="entry-meta">
                    {when(entry.at)}
                    {!entry.enabled && ' · switched off'}
                    {failure && ` · not applied: ${failure}`}
                  </span>
                </span>
                <button type="button" className="link" onClick={() => store.getState().removeEntry(entry.id)}>
                  Remove
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
