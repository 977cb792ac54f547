import type { Amount } from './amount';
import { computeDecimalTable, updateDecimalTable } from './decimalTable';
import { computeFixedTable, rowUnits, updateFixedTable } from './fixedTable';
import { isAmountColumn } from './columns';
import { REDUCTION_ID, SHARE_COLUMN, TOTAL_ID, checkedPlan, type Plan } from './plan';
import type { Ratio } from './share';
import { isInputRow, layoutOf, type Layout, type Row, type Table } from './tableShape';

export { isInputRow, isLineRow, layoutOf, rowCopy, type Layout, type Row, type RowKind, type Table } from './tableShape';

/**
 * The computed table (see tableShape.ts for what is input and what is
 * derived). Computed in whole units held in safe integers where the plan's
 * amounts allow it (fixedTable.ts), else in decimal.js (decimalTable.ts, the
 * reference): the same figures either way, a property test checks it.
 */

/** Plans already checked, with their layout: a plan is immutable, and computed again as each scenario, compare and export reads it. */
const checked = new WeakMap<Plan, Layout>();

/** The whole table from a plan's inputs. */
export function computeTable(plan: Plan): Table {
  let layout = checked.get(plan);
  if (layout === undefined) checked.set(plan, (layout = layoutOf(checkedPlan(plan))));
  return computeFixedTable(plan, layout) ?? computeDecimalTable(plan, layout);
}

/**
 * The table after one yearly input changed, recomputing only what depends on
 * it: that row, its groups, Subtotal (unless it is the reduction) and Total,
 * and in each only the year and the sums that hold it (its biennium, the period). Shares need
 * no work: they are read as ratios over the Total (see {@link shareOf}).
 * Equal, figure for figure, to {@link computeTable} of the changed plan.
 */
export function updateTable(table: Table, rowId: string, year: string, value: Amount): Table {
  const yearIndex = table.layout.years.indexOf(year);
  const position = table.index.get(rowId);
  if (yearIndex === -1 || position === undefined) throw new RangeError(`no input cell ${rowId} × ${year}`);
  if (!isInputRow(table.rows[position]!)) throw new RangeError(`${rowId} × ${year} is not an input`);
  return updateFixedTable(table, rowId, yearIndex, value) ?? updateDecimalTable(table, rowId, yearIndex, value);
}

/**
 * The table as shown and exported: without Subtotal and the reduction where
 * the plan has no deduction (see Plan.showsReduction) and the reduction is
 * nil, so that Total reads as the sum of the lines; the same table otherwise.
 */
export function shownTable(table: Table, plan: Pick<Plan, 'showsReduction'>): Table {
  if (plan.showsReduction !== false) return table;
  const reduction = table.index.get(REDUCTION_ID);
  if (reduction === undefined || table.rows[reduction]!.years.some((value) => !value.isZero())) return table;
  const rows = table.rows.filter((row) => row.kind !== 'subtotal' && row.kind !== 'reduction');
  // An edit keeps its table's index (the same rows in the same places): so is the shown one's, not built again.
  const index = shownIndexes.get(table.index) ?? new Map(rows.map((row, i) => [row.id, i]));
  shownIndexes.set(table.index, index);
  return { ...table, rows, index };
}

const shownIndexes = new WeakMap<ReadonlyMap<string, number>, ReadonlyMap<string, number>>();

export function rowOf(table: Table, rowId: string): Row {
  const position = table.index.get(rowId);
  if (position === undefined) throw new RangeError(`no row ${rowId}`);
  return table.rows[position]!;
}

/**
 * A row's share of the Total, read when it is: a table of 20 000 rows hands
 * out 20 000 shares and shows a few dozen. Its figures on the prototype, as a
 * row's: pass it on whole, never spread.
 */
class RowShare implements Ratio {
  readonly units?: readonly [number, number];

  constructor(
    private readonly row: Row,
    private readonly totalRow: Row,
  ) {
    const [part, whole] = [rowUnits(row), rowUnits(totalRow)];
    if (part !== undefined && part.scale === whole?.scale) this.units = [part.total, whole.total];
  }

  get part(): Amount {
    return this.row.total;
  }

  get whole(): Amount {
    return this.totalRow.total;
  }
}

/** A row's share of the Total over the whole period, as an exact ratio. */
export function shareOf(table: Table, rowId: string): Ratio {
  return new RowShare(rowOf(table, rowId), rowOf(table, TOTAL_ID));
}

/** A column's share of the Total (categories: each Sector's part of the whole), as an exact ratio. */
export function columnShareOf(table: Table, columnId: string): Ratio {
  const total = rowOf(table, TOTAL_ID);
  return { part: amountAt(table, TOTAL_ID, columnId), whole: total.total };
}

/** The amount in a cell by its stable ids: a year, a biennium id or `total`. */
export function amountAt(table: Table, rowId: string, columnId: string): Amount {
  const row = rowOf(table, rowId);
  const column = table.layout.columnById.get(columnId);
  if (column === undefined || !isAmountColumn(column)) {
    throw new RangeError(`no amount column ${columnId}${columnId === SHARE_COLUMN ? ' (use shareOf)' : ''}`);
  }
  return column.amountOf(row);
}
