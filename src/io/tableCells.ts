import { t } from '../i18n/t';
import { decimalText, type NumberStyle } from '../model/amount';
import { isAmountColumn, ratioIn, type TableColumn } from '../model/columns';
import { formatExact, formatShown, type DisplayUnit } from '../model/displayUnit';
import type { Plan } from '../model/plan';
import { formatPercent, percentHalfUp, type Ratio } from '../model/share';
import { shareOf, type Row, type Table, isLineRow } from '../model/table';

/**
 * A table's cells as text, for what leaves the app by the clipboard: as the
 * grid shows them (Word, e-mail) or exactly (spreadsheets, and the grid
 * itself when a block is pasted back).
 */

/** How figures are shown: the plan (its precision and unit), the number style, thousands or millions. */
export interface Shown {
  readonly plan: Plan;
  readonly style: NumberStyle;
  readonly displayUnit: DisplayUnit;
}

/** A computed row and its share of the Total: what a grid row holds (`GridRow` is one). */
export interface ShownRow {
  readonly row: Row;
  readonly share: Ratio;
}

/**
 * The heading of the code column as the app writes it for itself: in the
 * workbook's table sheets and the tab-separated text, which the import reads
 * back by this word (sheetChoice.ts, import/readHeadings.ts). The same in
 * every language; the names' heading is the plan's (Layout.lineHeading).
 */
export const CODE_HEADING = 'Code';

/** The code column's heading as a person reads it, in their language: the grid's, the print view's, a table copied for Word. */
export const codeHeading = (): string => t('io.heading.code');

export const shownRows = (table: Table): ShownRow[] => table.rows.map((row) => ({ row, share: shareOf(table, row.id) }));

/** A line's or group's code; Subtotal, the reduction and Total have none shown, only their names. */
export const codeText = (row: Row): string => (isLineRow(row) ? row.id : '');

/** A figure as the grid shows it: `57 023`, `57,0` in millions, `36,07%`, `–` for a share of nothing. */
export function shownText({ row, share }: ShownRow, column: TableColumn, shown: Shown): string {
  return isAmountColumn(column) ? formatShown(column.amountOf(row), shown.plan, shown.style, shown.displayUnit) : formatPercent(ratioIn(column, row, share), shown.style);
}

/** A figure exactly, in the unit shown (57023, or 57,0230 in millions; a share as `36,07%`), so that a block copied pastes back as it was. */
export function exactText({ row, share }: ShownRow, column: TableColumn, shown: Shown): string {
  if (isAmountColumn(column)) return formatExact(column.amountOf(row), shown.plan, shown.style, shown.displayUnit);
  const percent = percentHalfUp(ratioIn(column, row, share));
  return percent === null ? '' : `${decimalText(percent, shown.style, 2)}%`;
}
