import { useMemo } from 'react';
import type { NumberStyle } from '../../model/amount';
import type { Plan } from '../../model/plan';
import { mergePreview } from '../../state/poolMerge';
import type { PooledProposal } from '../../state/poolSlice';
import { reveal } from '../common/regions';
import { useAppStore } from '../common/storeContext';
import { PoolConflicts } from './PoolConflicts';
import { t } from '../../i18n/t';

export interface PoolProposalsProps {
  readonly proposals: readonly PooledProposal[];
  readonly plan: Plan;
  readonly style: NumberStyle;
  /** The proposals chosen for compare or merge, by id. */
  readonly picked: readonly string[];
  onPick(picked: readonly string[]): void;
}

/** The proposals pooled, each to choose or take out; two chosen compare, two or more merge. */
export function PoolProposals({ proposals, plan, style, picked, onPick }: PoolProposalsProps) {
  const store = useAppStore();
  const chosen = useMemo(() => proposals.filter((p) => picked.includes(p.id)), [proposals, picked]);
  // What a merge would give, with its conflicts, before it is made (ids local to the preview).
  const preview = useMemo(() => {
    let n = 0;
    return chosen.length < 2 ? null : mergePreview(plan, chosen, () => `preview-${n++}`);
  }, [plan, chosen]);
  const toggle = (id: string, on: boolean) => onPick(on ? [...picked, id] : picked.filter((p) => p !== id));
  const compare = () => {
    if (store.getState().comparePooled(chosen[0]!.id, chosen[1]!.id)) {
      const panel = document.getElementById('tabpanel-compare');
      if (panel !== null) reveal(panel);
    }
  };
  return (
    <>
      <ol className="pool-proposals">
        {proposals.map((proposal) => (
          <li key={proposal.id} data-testid="pool-proposal" data-name={proposal.name}>
            <label>
              <input type="checkbox" checked={picked.includes(proposal.id)} onChange={(event) => toggle(proposal.id, event.target.checked)} data-testid="pool-pick" />{' '}
              {proposal.name}
            </label>{' '}
            <span className="hint">
              {t('proposal.pool.fileOperations', { file: proposal.fileName, count: proposal.entries.length })}
            </span>{' '}
            <button type="button" className="link" onClick={() => store.getState().removeFromPool(proposal.id)} data-testid="pool-remove" aria-label={t('proposal.pool.takeOutLabel', { name: proposal.name })}>
              {t('proposal.pool.takeOut')}
            </button>
          </li>
        ))}
      </ol>
      <div className="toolbar">
        <button type="button" disabled={chosen.length !== 2} onClick={compare} data-testid="pool-compare" title={t('proposal.pool.compareTitle')}>
          {t('proposal.pool.compare')}
        </button>
        <button type="button" disabled={chosen.length < 2} onClick={() => store.getState().mergePooled(chosen.map((p) => p.id))} data-testid="pool-merge" title={t('proposal.pool.mergeTitle')}>
          {t('proposal.pool.merge')}
        </button>
        <span className="hint">{chosen.length === 0 ? t('proposal.pool.chooseHint') : t('proposal.pool.chosen', { count: chosen.length })}</span>
      </div>
      {preview !== null && <PoolConflicts preview={preview} chosen={chosen} plan={plan} style={style} />}
    </>
  );
}
