import type { NumberStyle } from '../../model/amount';
import type { Plan } from '../../model/plan';
import type { PriorityChanges, PriorityMove } from '../../model/poolPriorities';
import type { PooledProposal } from '../../state/poolSlice';
import { poolAmount } from './poolRows';
import { t } from '../../i18n/t';

/** Who raises and who cuts each priority over the period, and by how much, the largest first. */
export function PoolPriorities({ priorities, proposals, plan, style }: { priorities: readonly PriorityChanges[]; proposals: readonly PooledProposal[]; plan: Plan; style: NumberStyle }) {
  // One proposal a line: twenty delegations' names in a row would run far out of the panel.
  const moves = (list: readonly PriorityMove[]) =>
    list.length === 0
      ? t('proposal.priorities.none')
      : list.map((move, i) => (
          <span key={move.proposal} className="pool-move">
            <bdi>{`${proposals[move.proposal]?.name ?? '?'} ${move.change.isPositive() ? '+' : ''}${poolAmount(move.change, plan, style)}`}</bdi>
            {i < list.length - 1 && <span className="visually-hidden"> · </span>}
          </span>
        ));
  return (
    <div className="pool-priorities" data-testid="pool-priorities">
      <h3>{t('proposal.priorities.title', { period: plan.periodLabel })}</h3>
      <table className="compare-table pool-priority-table">
        <thead>
          <tr>
            <th scope="col">{plan.lineHeading}</th>
            <th scope="col">{t('proposal.priorities.baseline')}</th>
            <th scope="col">{t('proposal.priorities.raisedBy')}</th>
            <th scope="col">{t('proposal.priorities.cutBy')}</th>
          </tr>
        </thead>
        <tbody>
          {priorities.map((priority) => (
            <tr key={priority.rowId} data-testid="pool-priority" data-row={priority.rowId}>
              <th scope="row" title={priority.name}>{priority.rowId}</th>
              <td>{poolAmount(priority.baseline, plan, style)}</td>
              <td data-testid="pool-raises">{moves(priority.raises)}</td>
              <td data-testid="pool-cuts">{moves(priority.cuts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
