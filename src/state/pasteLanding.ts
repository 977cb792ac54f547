import { ZERO, type Amount } from '../model/amount';
import { isAmountColumn, type TableColumn } from '../model/columns';
import { isInputRow, type Row, type Table } from '../model/table';
import type { Figure } from './changes';
import { t } from '../i18n/t';

export type Block = readonly (readonly string[])[];

/** How a block is laid: on the years alone (yearly figures from Excel), or as the grid shows a row (years, biennia, total, share). */
export type BlockShape = 'years' | 'grid';

/** Where a block lands: the rows and columns its cells fall on, from the focused cell. */
export interface Landing {
  readonly rows: readonly Row[];
  readonly columns: readonly TableColumn[];
}

/** A cell that takes a typed figure: a yearly figure of a line or of the reduction. */
export const isInputCell = (row: Row, column: TableColumn): boolean => isInputRow(row) && column.isInput;

/**
 * Whether a figure of the block, where the grid has a sum, adds up the
 * figures where its years are: a block that may be a row copied from the grid
 * (years, then their biennium). Round yearly figures do that by chance too
 * (1 000, 2 000, 3 000), so this only ever makes the person say which.
 */
function mayBeGridShaped(block: Block, table: Table, columns: readonly TableColumn[], read: (text: string) => Figure): boolean {
  const width = Math.max(0, ...block.map((cells) => cells.length));
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
 * it cannot be pasted there, or `ask` when it may be laid either way and the
 * person must say which. A block of the grid's shape lands on every row and
 * column as shown; yearly figures land on the lines and the reduction, and
 * on the years, in order.
 */
export function landing(table: Table, rowId: string, columnId: string, block: Block, read: (text: string) => Figure, from: string, shape?: BlockShape): Landing | string | 'ask' {
  const allColumns = table.layout.columns;
  const years = allColumns.filter((column) => column.isInput);
  const fromYear = years.findIndex((column) => column.id === columnId);
  const fromColumn = allColumns.findIndex((column) => column.id === columnId);
  const width = Math.max(0, ...block.map((cells) => cells.length));
  // Sure signs of the grid's shape: started on a computed column, as wide as the grid to its share, or a share with its `%`.
  const isSurelyGrid = fromYear === -1 || width === allColumns.length - fromColumn || block.some((cells) => cells.some((cell) => cell.trim().endsWith('%')));
  if (shape === undefined && !isSurelyGrid && mayBeGridShaped(block, table, allColumns.slice(fromColumn), read)) return 'ask';
  const isShaped = shape === undefined ? isSurelyGrid : shape === 'grid';
  const rows = isShaped ? table.rows : table.rows.filter(isInputRow);
  const columns = isShaped ? allColumns : years;
  const firstRow = rows.findIndex((row) => row.id === rowId);
  const firstColumn = columns.findIndex((column) => column.id === columnId);
  if (firstRow === -1 || firstColumn === -1) return t('state.paste.computedTarget', { cell: from });
  const height = block.length;
  if (firstRow + height > rows.length || firstColumn + width > columns.length) {
    const room = { height, width, cell: from, rows: rows.length - firstRow, columns: columns.length - firstColumn };
    return t(isShaped ? 'state.paste.tooBig.grid' : 'state.paste.tooBig.years', room);
  }
  return { rows: rows.slice(firstRow, firstRow + height), columns: columns.slice(firstColumn, firstColumn + width) };
}
