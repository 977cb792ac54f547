import { OwnWordsNote } from '../language/OwnWordsNote';
import { usePlanShown } from '../language/usePlanShown';
import type { AmountColumn } from '../../model/columns';
import { formatShown, unitLabel } from '../../model/displayUnit';
import { formatPercent } from '../../model/share';
import { rowOf, shareOf } from '../../model/table';
import { activeReplay } from '../../state/appStore';
import { t } from '../../i18n/t';
import { BreakdownForm } from './BreakdownForm';
import { useApp, useAppStore } from '../common/storeContext';

/** What a thematic priority is for — its outcomes and the strategic goals — beside its figures. */
export function StrategyPanel() {
  const store = useAppStore();
  const strategy = useApp((s) => (s.activePlanId === null ? s.strategy : null));
  const selected = useApp((s) => s.selectedLine);
  const plan = usePlanShown();
  const style = useApp((s) => s.style);
  const displayUnit = useApp((s) => s.displayUnit);
  const { table } = useApp(activeReplay);
  if (strategy === null) return null;
  const priority = strategy.priorities.find((p) => p.code === selected) ?? strategy.priorities[0];
  if (priority === undefined) return null;
  const row = table.index.has(priority.code) ? rowOf(table, priority.code) : null;
  const outcomeRows = new Map(table.rows.filter((r) => r.ancestors.includes(priority.code)).map((r) => [r.id, r]));
  return (
    <section className="panel strategy" aria-labelledby="strategy-title" data-testid="strategy-panel" data-region="strategy">
      <h2 id="strategy-title">
        <label>
          <span className="visually-hidden">{t('panels.strategy.priority')}</span>
          <select data-testid="strategy-select" value={priority.code} onChange={(event) => store.getState().selectLine(event.target.value)}>
            {strategy.priorities.map((p) => (
              <option key={p.code} value={p.code}>
                {p.code} {p.appendixName}
              </option>
            ))}
          </select>
        </label>
      </h2>
      <OwnWordsNote what="strategy" />
      <p>
        {t('panels.strategy.inPlan')} <strong data-testid="strategy-plan-name">{priority.planName}</strong> {t('panels.strategy.inPlanWhere', { paragraph: priority.outcomesParagraph })}
      </p>
      {priority.alternatives.map((alternative) => (
        <p key={alternative.wording} className="hint">
          {t('panels.strategy.alternative', { wording: alternative.wording, note: alternative.note })}
        </p>
      ))}
      {row && (
        <p data-testid="strategy-figures">
          {t('panels.strategy.period', { period: plan.periodLabel })} <strong>{formatShown(row.total, plan, style, displayUnit)}</strong>{' '}
          {t('panels.strategy.share', { unit: unitLabel(plan, displayUnit), share: formatPercent(shareOf(table, row.id), style) })}
          {table.layout.columns
            .filter((column): column is AmountColumn => column.kind === 'biennium')
            .map((column) => ` · ${t('panels.strategy.biennium', { heading: column.heading, amount: formatShown(column.amountOf(row), plan, style, displayUnit) })}`)}
        </p>
      )}
      <h3>{t('panels.strategy.outcomes')}</h3>
      <ol className="outcomes" data-testid="strategy-outcomes">
        {priority.outcomes.map((outcome) => {
          const allocated = outcomeRows.get(outcome.code);
          return (
            <li key={outcome.code}>
              {outcome.text}
              {allocated && <span className="hint"> — {formatShown(allocated.total, plan, style, displayUnit)} {unitLabel(plan, displayUnit)}</span>}
            </li>
          );
        })}
      </ol>
      <BreakdownForm key={priority.code} priority={priority} isBrokenDown={row?.kind === 'group'} />
      <details>
        <summary>{t('panels.strategy.goals')}</summary>
        {strategy.goals.map((goal) => (
          <p key={goal.id}>
            <strong>{t('panels.strategy.goal', { number: goal.id.replace('G', ''), name: goal.name })}</strong>{' '}
            {goal.statement}
          </p>
        ))}
      </details>
    </section>
  );
}
