import { isAmountColumn, type TableColumn } from './columns';
import { REDUCTION_ID, SHARE_COLUMN, SUBTOTAL_ID, TOTAL_ID } from './plan';
import { say } from './say';
import { rowOf, type Table } from './table';
import { listAnd } from './words';

/**
 * Why a cell cannot be typed in, and where to type instead, in plain words;
 * null for a cell that can be typed in (a yearly figure of a line, a group
 * or the reduction).
 */
export function derivation(table: Table, rowId: string, columnId: string): string | null {
  const row = rowOf(table, rowId);
  const column = table.layout.columnById.get(columnId);
  if (column === undefined) return null;
  const why = columnDerivation(table, column);
  if (why !== null || !isAmountColumn(column)) return why;
  if (row.id === SUBTOTAL_ID) return say('model.derivation.subtotal');
  if (row.id === TOTAL_ID && rowOf(table, REDUCTION_ID).years.every((value) => value.isZero())) return say('model.derivation.total');
  if (row.id === TOTAL_ID) return say('model.derivation.totalWithReduction', { reduction: rowOf(table, REDUCTION_ID).name.toLowerCase() });
  return null;
}

/**
 * Why no row's cell of a column can be typed in (a share, a change, a sum of
 * years), whatever the row; null for a column of years. The financial plan's
 * grid, in the same columns, says the same.
 */
export function columnDerivation(table: Table, column: TableColumn): string | null {
  if (column.id === SHARE_COLUMN) {
    return say('model.derivation.share', { operation: say('model.op.setShare.label') });
  }
  if (column.kind === 'change-percent') return say('model.derivation.percentChange', { to: column.to.heading, from: column.from.heading, base: column.base.heading });
  if (!isAmountColumn(column)) return null;
  if (column.between !== undefined) return say('model.derivation.change', { to: column.between.to.heading, from: column.between.from.heading });
  if (!column.isInput) {
    const years = column.sums.map((y) => table.layout.years[y]!);
    return say('model.derivation.sum', { years: listAnd(years), count: years.length });
  }
  return null;
}
