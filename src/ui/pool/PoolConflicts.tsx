import type { NumberStyle } from '../../model/amount';
import type { Plan } from '../../model/plan';
import { amountAt } from '../../model/table';
import type { MergePreview } from '../../state/poolMerge';
import type { PooledProposal } from '../../state/poolSlice';
import { poolAmount } from './poolRows';

/** The cells the chosen proposals change to different figures, each one's figure, and what merging them in order gives. */
export function PoolConflicts({ preview, chosen, plan, style }: { preview: MergePreview; chosen: readonly PooledProposal[]; plan: Plan; style: NumberStyle }) {
  const { conflicts } = preview;
  return (
    <div className="pool-conflicts" data-testid="pool-conflicts" data-count={conflicts.length}>
      {conflicts.length === 0 ? (
        <p className="hint">No two of the chosen proposals change a cell to different figures, and merged they give each cell the figure each of them gives it.</p>
      ) : (
        <>
          <p className="hint">
            {conflicts.length} cell{conflicts.length === 1 ? '' : 's'} changed by two or more of the chosen proposals that merging does not give as each of them
            does: changed to different figures, or the same change made twice. Merged, their operations run in order: a later figure set replaces an
            earlier one, moves add up. The merged figure is given for each.
          </p>
          <ul>
            {conflicts.map((conflict) => (
              <li key={`${conflict.rowId}|${conflict.year}`} data-testid="pool-conflict" data-row={conflict.rowId} data-column={conflict.year}>
                <strong>
                  {conflict.rowId} {conflict.year}
                </strong>{' '}
                (baseline {poolAmount(conflict.baseline, plan, style)}{conflict.isCompounded ? ', the same change made twice' : ''}):{' '}
                {conflict.values.map((value) => `${chosen[value.proposal]?.name ?? '?'} ${poolAmount(value.value, plan, style)}`).join(' · ')}; merged{' '}
                {preview.replay.table.index.has(conflict.rowId) ? poolAmount(amountAt(preview.replay.table, conflict.rowId, conflict.year), plan, style) : '–'}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
