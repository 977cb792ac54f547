import type { Amount } from './amount';
import { amountColumns } from './compare';
import { SHARE_COLUMN, TOTAL_ID } from './plan';
import type { Ratio } from './share';
import { shareOf, type Row, type Table } from './table';

/**
 * Many proposals pooled: for every cell of the baseline (each row × each
 * amount column, and each row's share), the baseline's figure, each
 * proposal's, and their spread — minimum, median, maximum, how many
 * proposals change it and which way. Exact throughout: amounts are compared
 * and halved as Decimals, shares as fractions (cross-multiplied, never
 * divided), so a median of two shares is their exact mean.
 */

/** How the figures of one kind are ordered and halved. */
export interface Figures<T> {
  /** Below zero when a < b, zero when equal, above zero when a > b. */
  compare(a: T, b: T): number;
  /** (a + b) / 2, exact. */
  mean(a: T, b: T): T;
}

export const AMOUNTS: Figures<Amount> = {
  compare: (a, b) => a.comparedTo(b),
  mean: (a, b) => a.plus(b).div(2),
};

/** The sign of a fraction's denominator, so that two fractions compare whatever their wholes' signs. */
const wholeSign = (ratio: Ratio): number => (ratio.whole.isNegative() ? -1 : 1);

export const SHARES: Figures<Ratio> = {
  compare: (a, b) => {
    const order = a.part.times(b.whole).comparedTo(b.part.times(a.whole));
    return order === 0 ? 0 : order * wholeSign(a) * wholeSign(b);
  },
  mean: (a, b) => ({ part: a.part.times(b.whole).plus(b.part.times(a.whole)), whole: a.whole.times(b.whole).times(2) }),
};

/** The spread of the proposals' figures of one cell. */
export interface Spread<T> {
  readonly min: T;
  readonly median: T;
  readonly max: T;
  /** Proposals whose figure is above the baseline's, and below it. */
  readonly up: number;
  readonly down: number;
  /** up + down: the proposals that change the cell. */
  readonly changed: number;
  /** Proposals that have the cell at all (a proposal may lack a row the baseline has). */
  readonly count: number;
}

/** The spread of `values` (null where a proposal lacks the cell) around `baseline`; null when no proposal has the cell. */
export function spreadOf<T>(baseline: T, values: readonly (T | null)[], figures: Figures<T>): Spread<T> | null {
  const present = values.filter((value): value is T => value !== null);
  if (present.length === 0) return null;
  const sorted = [...present].sort(figures.compare);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : figures.mean(sorted[middle - 1]!, sorted[middle]!);
  let up = 0;
  let down = 0;
  for (const value of present) {
    const order = figures.compare(value, baseline);
    if (order > 0) up++;
    else if (order < 0) down++;
  }
  return { min: sorted[0]!, median, max: sorted.at(-1)!, up, down, changed: up + down, count: present.length };
}

interface CellOf<K extends string, T> {
  readonly kind: K;
  readonly rowId: string;
  /** An amount column's id (a year, a biennium, `total`, a change), or `share`. */
  readonly columnId: string;
  readonly baseline: T;
  /** Each proposal's figure, in pool order; null where it lacks the row. */
  readonly values: readonly (T | null)[];
  readonly spread: Spread<T> | null;
}

export type AmountCell = CellOf<'amount', Amount>;
export type ShareCell = CellOf<'share', Ratio>;
export type PoolCell = AmountCell | ShareCell;

const rowIn = (table: Table, rowId: string): Row | null => {
  const position = table.index.get(rowId);
  return position === undefined ? null : table.rows[position]!;
};

/** A row's share, or null where it is undefined (a Total of nothing). */
function shareIn(table: Table, rowId: string): Ratio | null {
  if (!table.index.has(rowId) || !table.index.has(TOTAL_ID)) return null;
  const share = shareOf(table, rowId);
  return share.whole.isZero() ? null : share;
}

/**
 * Every cell of the baseline's rows, row by row in table order, each row's
 * amount columns in the grid's order then its share. Rows a proposal adds
 * (the parts of a breakdown) are not the baseline's and are left out.
 */
export function poolCells(baseline: Table, proposals: readonly Table[]): PoolCell[] {
  const columns = amountColumns(baseline);
  const hasShare = baseline.layout.columnById.has(SHARE_COLUMN);
  const cells: PoolCell[] = [];
  for (const row of baseline.rows) {
    const rows = proposals.map((table) => rowIn(table, row.id));
    for (const column of columns) {
      const values = rows.map((other) => (other === null ? null : column.amountOf(other)));
      const value = column.amountOf(row);
      cells.push({ kind: 'amount', rowId: row.id, columnId: column.id, baseline: value, values, spread: spreadOf(value, values, AMOUNTS) });
    }
    const share = hasShare ? shareIn(baseline, row.id) : null;
    if (share === null) continue;
    const values = proposals.map((table) => shareIn(table, row.id));
    cells.push({ kind: 'share', rowId: row.id, columnId: SHARE_COLUMN, baseline: share, values, spread: spreadOf(share, values, SHARES) });
  }
  return cells;
}
