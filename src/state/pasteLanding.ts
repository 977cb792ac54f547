import { ZERO, type Amount } from '../model/amount';
import { isAmountColumn, type TableColumn } from '../model/columns';
import type { Row, Table } from '../model/table';
import type { Figure } from './changes';

export type Block = readonly (readonly string[])[];

/** Where a block lands: the rows and columns its cells fall on, from the focused cell. */
export interface Landing {
  readonly rows: readonly Row[];
  readonly columns: readonly TableColumn[];
}

/** A cell that takes a typed figure: a yearly figure of a line or of the reduction. */
export const isInputCell = (row: Row, column: TableColumn): boolean => (row.kind === 'line' || row.kind === 'reduction') && column.isInput;

/**
 * Whether the block has the grid's own shape (years, then their biennium,
 * the period total, the share), as copied from this grid or from the Council
 * table: as wide as the grid from there to the share, a share with its `%`,
 * or a sum that adds up the figures of its years in the block. Otherwise it
 * is yearly figures (from Excel), laid on the years alone.
 */
function isGridShaped(block: Block, table: Table, columns: readonly TableColumn[], read: (text: string) => Figure): boolean {
  const width = Math.max(0, ...block.map((cells) => cells.length));
  if (width === columns.length || block.some((cells) => cells.some((cell) => cell.trim().endsWith('%')))) return true;
  // A year column's id is its year: where each year falls in the block.
  const at = new Map(columns.slice(0, width).map((column, k) => [column.id, k]));
  const value = (text: string) => {
    const figure = read(text);
    return figure.ok ? figure.value : null;
  };
  return block.some((cells) =>
    columns.slice(0, width).some((column, k) => {
      if (column.isInput || !isAmountColumn(column)) return false;
      const parts = column.sums.map((y) => at.get(table.layout.years[y]!)).map((p) => (p === undefined ? null : value(cells[p] ?? '')));
      const total = value(cells[k] ?? '');
      return total !== null && parts.every((part) => part !== null) && parts.reduce((acc: Amount, part) => acc.plus(part!), ZERO).eq(total);
    }),
  );
}

/**
 * The rows and columns a block pasted at (rowId, columnId) falls on, or why
 * it cannot be pasted there. A block of the grid's shape lands on every row
 * and column as shown; any other lands on the lines and the reduction, and on
 * the years, in order.
 */
export function landing(table: Table, rowId: string, columnId: string, block: Block, read: (text: string) => Figure, from: string): Landing | string {
  const allColumns = table.layout.columns;
  const years = allColumns.filter((column) => column.isInput);
  const fromYear = years.findIndex((column) => column.id === columnId);
  const fromColumn = allColumns.findIndex((column) => column.id === columnId);
  const isShaped = fromYear === -1 || isGridShaped(block, table, allColumns.slice(fromColumn), read);
  const rows = isShaped ? table.rows : table.rows.filter((row) => row.kind === 'line' || row.kind === 'reduction');
  const columns = isShaped ? allColumns : years;
  const firstRow = rows.findIndex((row) => row.id === rowId);
  const firstColumn = columns.findIndex((column) => column.id === columnId);
  if (firstRow === -1 || firstColumn === -1) return `Paste into a yearly figure of a line or of the reduction: ${from} is computed from others.`;
  const height = block.length;
  const width = Math.max(0, ...block.map((cells) => cells.length));
  if (firstRow + height > rows.length || firstColumn + width > columns.length) {
    return `The block is ${height} × ${width} cells but from ${from} there are only ${rows.length - firstRow} rows and ${columns.length - firstColumn} ${isShaped ? 'columns' : 'years'} to fill. Nothing was pasted.`;
  }
  return { rows: rows.slice(firstRow, firstRow + height), columns: columns.slice(firstColumn, firstColumn + width) };
}
