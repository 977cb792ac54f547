import { useMemo, useState } from 'react';
import { poolCells } from '../../model/pool';
import { poolPriorities } from '../../model/poolPriorities';
import { shownPlan } from '../../state/appStore';
import { shownPool } from '../../state/poolSlice';
import { baselineReplay } from '../../state/replays';
import { FileButton } from '../common/FileButton';
import { useIsTabShown } from '../common/SideTabs';
import { useApp, useAppStore } from '../common/storeContext';
import { PoolPriorities } from './PoolPriorities';
import { PoolProposals } from './PoolProposals';
import { PoolTable } from './PoolTable';
import { poolFiles } from './usePoolDrop';
import { t } from '../../i18n/t';

/**
 * Many proposals side by side (a meeting's delegations): opened at once or
 * dropped on the page, each cell's spread across them, who raises and cuts
 * each priority, and two compared or several merged into a scenario.
 */
export function PoolPanel() {
  const store = useAppStore();
  const plan = useApp(shownPlan);
  const style = useApp((s) => s.style);
  const proposals = useApp(shownPool);
  const [picked, setPicked] = useState<readonly string[]>([]);
  // Hidden behind another tab, nothing is computed: twenty proposals of a large plan take a moment.
  const isShown = useIsTabShown('pool');
  const baseline = baselineReplay(plan).table;
  const cells = useMemo(() => (isShown ? poolCells(baseline, proposals.map((p) => p.replay.table)) : []), [isShown, baseline, proposals]);
  const priorities = useMemo(() => (isShown ? poolPriorities(baseline, proposals.map((p) => p.replay.table)) : []), [isShown, baseline, proposals]);
  const onFiles = (files: File[]) => void poolFiles(files).then((read) => store.getState().openPool(read));
  const stillPicked = useMemo(() => picked.filter((id) => proposals.some((p) => p.id === id)), [picked, proposals]);

  return (
    <section className="panel pool" aria-labelledby="pool-title" data-testid="pool-panel">
      <h2 id="pool-title">{t('proposal.pool.title')}</h2>
      <p className="hint">{t('proposal.pool.hint', { unit: plan.unit })}</p>
      <div className="toolbar">
        <FileButton label={t('proposal.pool.open')} accept=".json,application/json" testId="pool-open" multiple onFiles={onFiles} />
        {proposals.length > 0 && (
          <button type="button" onClick={() => store.getState().clearPool()} data-testid="pool-clear">
            {t('proposal.pool.clear')}
          </button>
        )}
      </div>
      {proposals.length > 0 && (
        <>
          <PoolProposals proposals={proposals} plan={plan} style={style} picked={stillPicked} onPick={setPicked} />
          <PoolPriorities priorities={priorities} proposals={proposals} plan={plan} style={style} />
          <PoolTable plan={plan} baseline={baseline} cells={cells} proposals={proposals} style={style} />
        </>
      )}
    </section>
  );
}
