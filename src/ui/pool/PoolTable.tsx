import { useState } from 'react';
import type { NumberStyle } from '../../model/amount';
import type { Plan } from '../../model/plan';
import type { PoolCell } from '../../model/pool';
import type { Table } from '../../model/table';
import type { PooledProposal } from '../../state/poolSlice';
import { MoreRows, useLongList } from '../common/LongList';
import { cellLabels, isChange, poolFigure, sortedCells, type PoolSort, type PoolSortKey } from './poolRows';
import { t } from '../../i18n/t';

/** A column heading that sorts the table: pressed once ascending, again descending (a button, so the keyboard reaches it). */
function SortHeading({ label, sortKey, sort, onSort, title }: { label: string; sortKey: PoolSortKey; sort: PoolSort; onSort: (sort: PoolSort) => void; title?: string }) {
  const isSorted = sort.key === sortKey;
  return (
    <th scope="col" aria-sort={isSorted ? (sort.isDescending ? 'descending' : 'ascending') : 'none'} title={title}>
      <button type="button" className="link" data-testid={`pool-sort-${sortKey}`} onClick={() => onSort({ key: sortKey, isDescending: isSorted && !sort.isDescending })}>
        {label}
        <span aria-hidden="true">{isSorted ? (sort.isDescending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}

/** "3 ↑ 1 ↓": how many proposals raise and cut a cell, said in words for a screen reader. */
function Changed({ cell }: { cell: PoolCell }) {
  const spread = cell.spread;
  const up = spread?.up ?? 0;
  const down = spread?.down ?? 0;
  const words = t('proposal.table.changedWords', { up, down });
  return (
    <td data-testid="pool-changed" data-up={up} data-down={down} data-changed={up + down} title={words}>
      {up + down === 0 ? '–' : <span aria-label={words}>{`${up} ↑ ${down} ↓`}</span>}
    </td>
  );
}

export interface PoolTableProps {
  readonly plan: Plan;
  readonly baseline: Table;
  readonly cells: readonly PoolCell[];
  readonly proposals: readonly PooledProposal[];
  readonly style: NumberStyle;
}

/** One row per cell of the baseline: its figure, the proposals' minimum, median and maximum, who changes it, then each proposal's figure; sortable. */
export function PoolTable({ plan, baseline, cells, proposals, style }: PoolTableProps) {
  const [sort, setSort] = useState<PoolSort>({ key: 'order', isDescending: false });
  const [isChangedOnly, setChangedOnly] = useState(false);
  const shown = sortedCells(isChangedOnly ? cells.filter((cell) => (cell.spread?.changed ?? 0) > 0) : cells, sort);
  const list = useLongList(shown, `${proposals.map((p) => p.id).join('|')}|${sort.key}|${sort.isDescending}|${isChangedOnly}`);
  const figure = (cell: PoolCell, value: Parameters<typeof poolFigure>[1]) => poolFigure(cell, value, plan, style);
  const heading = (label: string, key: PoolSortKey, title?: string) => <SortHeading label={label} sortKey={key} sort={sort} onSort={setSort} {...(title ? { title } : {})} />;
  return (
    <>
      <label className="pool-filter">
        <input type="checkbox" checked={isChangedOnly} onChange={(event) => setChangedOnly(event.target.checked)} data-testid="pool-changed-only" />{' '}
        {t('proposal.table.changedOnly')}
      </label>
      {/* Its own scroll both ways, the headings held: with twenty proposals, the sideways scroll bar is in reach, not under 200 rows. */}
      <div className="compare-scroll pool-scroll">
        <table className="compare-table pool-table" data-testid="pool-table">
          <thead>
            <tr>
              {heading(t('proposal.table.cell'), 'order', t('proposal.table.cellTitle'))}
              {heading(t('proposal.table.baseline'), 'baseline')}
              {heading(t('proposal.table.min'), 'min', t('proposal.table.minTitle'))}
              {heading(t('proposal.table.median'), 'median', t('proposal.table.medianTitle'))}
              {heading(t('proposal.table.max'), 'max', t('proposal.table.maxTitle'))}
              {heading(t('proposal.table.changed'), 'changed', t('proposal.table.changedTitle'))}
              {proposals.map((proposal, k) => <SortHeading key={proposal.id} label={proposal.name} sortKey={k} sort={sort} onSort={setSort} title={proposal.fileName} />)}
            </tr>
          </thead>
          <tbody>
            {list.shown.map((cell) => {
              const labels = cellLabels(baseline, plan, cell);
              return (
                <tr key={`${cell.rowId}|${cell.columnId}`} data-testid="pool-row" data-row={cell.rowId} data-column={cell.columnId}>
                  <th scope="row">{`${labels.row} · ${labels.column}`}</th>
                  <td data-testid="pool-baseline">{figure(cell, cell.baseline)}</td>
                  <td data-testid="pool-min">{figure(cell, cell.spread?.min)}</td>
                  <td data-testid="pool-median">{figure(cell, cell.spread?.median)}</td>
                  <td data-testid="pool-max">{figure(cell, cell.spread?.max)}</td>
                  <Changed cell={cell} />
                  {cell.values.map((value, k) => (
                    <td key={proposals[k]?.id ?? k} data-testid="pool-value" data-proposal={k} className={isChange(cell, value) ? 'differs' : 'same'}>
                      {figure(cell, value)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        <MoreRows shown={list.shown.length} more={list.more} what="cells" onShowAll={list.showAll} testId="pool-more" />
      </div>
    </>
  );
}
