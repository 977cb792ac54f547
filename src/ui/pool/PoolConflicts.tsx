import type { NumberStyle } from '../../model/amount';
import type { Plan } from '../../model/plan';
import { amountAt } from '../../model/table';
import type { MergePreview } from '../../state/poolMerge';
import type { PooledProposal } from '../../state/poolSlice';
import { poolAmount } from './poolRows';
import { t } from '../../i18n/t';

/** The cells the chosen proposals change to different figures, each one's figure, and what merging them in order gives. */
export function PoolConflicts({ preview, chosen, plan, style }: { preview: MergePreview; chosen: readonly PooledProposal[]; plan: Plan; style: NumberStyle }) {
  const { conflicts } = preview;
  return (
    <div className="pool-conflicts" data-testid="pool-conflicts" data-count={conflicts.length}>
      {conflicts.length === 0 ? (
        <p className="hint">{t('proposal.conflicts.none')}</p>
      ) : (
        <>
          <p className="hint">{t('proposal.conflicts.some', { count: conflicts.length })}</p>
          <ul>
            {conflicts.map((conflict) => (
              <li key={`${conflict.rowId}|${conflict.year}`} data-testid="pool-conflict" data-row={conflict.rowId} data-column={conflict.year}>
                <strong>
                  {conflict.rowId} {conflict.year}
                </strong>{' '}
                {t(conflict.isCompounded ? 'proposal.conflicts.detailTwice' : 'proposal.conflicts.detail', {
                  baseline: poolAmount(conflict.baseline, plan, style),
                  values: conflict.values.map((value) => `${chosen[value.proposal]?.name ?? '?'} ${poolAmount(value.value, plan, style)}`).join(' · '),
                  merged: preview.replay.table.index.has(conflict.rowId) ? poolAmount(amountAt(preview.replay.table, conflict.rowId, conflict.year), plan, style) : '–',
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
