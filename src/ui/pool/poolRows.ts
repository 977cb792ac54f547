import { formatAmount, type Amount, type NumberStyle } from '../../model/amount';
import { AMOUNTS, SHARES, type PoolCell } from '../../model/pool';
import { shareHeading } from '../../model/columns';
import { SHARE_COLUMN, TOTAL_COLUMN, type Plan } from '../../model/plan';
import { formatPercent, type Ratio } from '../../model/share';
import { isLineRow, type Table } from '../../model/table';

/** What the pooled view can be sorted by: the table's order, a figure of the spread, how many change a cell, or one proposal's figure. */
export type PoolSortKey = 'order' | 'baseline' | 'min' | 'median' | 'max' | 'changed' | number;

export interface PoolSort {
  readonly key: PoolSortKey;
  readonly isDescending: boolean;
}

/** An amount exactly: with the plan's decimals, and more where a median has them (the mean of two figures may end in a half). */
export const poolAmount = (value: Amount, plan: Pick<Plan, 'precision'>, style: NumberStyle): string =>
  formatAmount(value, style, value.decimalPlaces() > plan.precision ? value.decimalPlaces() : plan.precision);

/** A cell's figure as the pool shows it: an amount, or a share in per cent; a dash where a proposal lacks the cell. */
export function poolFigure(cell: PoolCell, value: Amount | Ratio | null | undefined, plan: Plan, style: NumberStyle): string {
  if (value === null || value === undefined) return '–';
  return cell.kind === 'share' ? formatPercent(value as Ratio, style) : poolAmount(value as Amount, plan, style);
}

/** How a cell's row and column are named: a line by its code, another row by its name; a column by its heading. */
export function cellLabels(table: Table, plan: Pick<Plan, 'periodLabel'>, cell: Pick<PoolCell, 'rowId' | 'columnId'>): { row: string; column: string } {
  const row = table.rows[table.index.get(cell.rowId)!]!;
  const column = cell.columnId === SHARE_COLUMN ? shareHeading() : cell.columnId === TOTAL_COLUMN ? plan.periodLabel : (table.layout.columnById.get(cell.columnId)?.heading ?? cell.columnId);
  return { row: isLineRow(row) ? row.id : row.name, column };
}

/** The figure a sort reads of a cell. */
function sortValue(cell: PoolCell, key: Exclude<PoolSortKey, 'order' | 'changed'>): Amount | Ratio | null {
  if (typeof key === 'number') return cell.values[key] ?? null;
  if (key === 'baseline') return cell.baseline;
  return cell.spread?.[key] ?? null;
}

/** Two cells in the order of `key`: amounts before shares (they do not compare), cells without the figure last. */
function compareBy(key: PoolSortKey, a: PoolCell, b: PoolCell): number {
  if (key === 'changed') return (a.spread?.changed ?? 0) - (b.spread?.changed ?? 0);
  if (key === 'order' || a.kind !== b.kind) return 0;
  const [x, y] = [sortValue(a, key), sortValue(b, key)];
  if (x === null || y === null) return 0;
  return a.kind === 'amount' ? AMOUNTS.compare(x as Amount, y as Amount) : SHARES.compare(x as Ratio, y as Ratio);
}

/** The cells in the order asked, ties in the table's order. */
export function sortedCells(cells: readonly PoolCell[], sort: PoolSort): readonly PoolCell[] {
  const { key } = sort;
  if (key === 'order') return sort.isDescending ? cells.toReversed() : cells;
  const sign = sort.isDescending ? -1 : 1;
  const kindRank = (cell: PoolCell) => (cell.kind === 'amount' ? 0 : 1);
  const missing = (cell: PoolCell) => (key === 'changed' || sortValue(cell, key) !== null ? 0 : 1);
  return cells
    .map((cell, at) => ({ cell, at }))
    .sort((a, b) => missing(a.cell) - missing(b.cell) || kindRank(a.cell) - kindRank(b.cell) || sign * compareBy(key, a.cell, b.cell) || a.at - b.at)
    .map(({ cell }) => cell);
}

/** Whether a proposal's figure differs from the baseline's, exactly. */
export function isChange(cell: PoolCell, value: Amount | Ratio | null): boolean {
  if (value === null) return false;
  return cell.kind === 'amount' ? AMOUNTS.compare(value as Amount, cell.baseline) !== 0 : SHARES.compare(value as Ratio, cell.baseline) !== 0;
}
