import { isAmountColumn } from './columns';
import { REDUCTION_ID, SHARE_COLUMN, SUBTOTAL_ID, TOTAL_ID } from './plan';
import { rowOf, type Table } from './table';

const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * Why a cell cannot be typed in, and where to type instead, in plain words;
 * null for a cell that can be typed in (a yearly figure of a line, a group
 * or the reduction).
 */
export function derivation(table: Table, rowId: string, columnId: string): string | null {
  const row = rowOf(table, rowId);
  const column = table.layout.columnById.get(columnId);
  if (column === undefined) return null;
  if (column.id === SHARE_COLUMN) {
    return `a share is the line's period total divided by Total's: to change it, change the line's figures or use “Set a line’s share of Total”`;
  }
  if (column.kind === 'change-percent') return `it is ${column.to.heading} less ${column.from.heading}, in per cent of ${column.base.heading}: change those figures instead`;
  if (!isAmountColumn(column)) return null;
  if (column.between !== undefined) return `it is ${column.between.to.heading} less ${column.between.from.heading}: change those figures instead`;
  if (!column.isInput) {
    const years = column.sums.map((y) => table.layout.years[y]!);
    return `it is the sum of ${list(years)}: type in ${years.length === 1 ? 'that year' : 'those years'} instead`;
  }
  if (row.id === SUBTOTAL_ID) return 'Subtotal is the sum of the lines above it: type in a line’s year instead';
  if (row.id === TOTAL_ID && rowOf(table, REDUCTION_ID).years.every((value) => value.isZero())) return 'Total is the sum of the lines above it: type in a line’s year instead';
  if (row.id === TOTAL_ID) return `Total is Subtotal plus the ${rowOf(table, REDUCTION_ID).name.toLowerCase()}: type in a line’s year or the reduction’s instead`;
  return null;
}
