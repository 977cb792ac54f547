import type { Table } from '../model/table';
import { blockToTsv } from './clipboard';
import { safeText } from './safeText';
import { CODE_HEADING, codeText, exactText, shownRows, type Shown } from './tableCells';

/**
 * The whole table as tab-separated text, for a spreadsheet: one heading row
 * of the columns' own headings — a biennium's total is headed by the
 * biennium (`2028-2029`) since its years stand beside it as `2028`, `2029`,
 * the period by its range, the share `In %`, which the import reads back —
 * then one row per table row with its code, its name and its figures exact,
 * ungrouped (Excel reads them as numbers whatever its locale), as a block
 * copied from the grid writes them.
 */
export function tableTsv(table: Table, shown: Shown): string {
  const { columns } = table.layout;
  const heading = [CODE_HEADING, table.layout.lineHeading, ...columns.map((column) => column.heading)];
  const rows = shownRows(table).map((shownRow) => [
    codeText(shownRow.row),
    // A name is text a person typed: never a live formula in the spreadsheet it is pasted into.
    safeText(shownRow.row.name),
    ...columns.map((column) => exactText(shownRow, column, shown)),
  ]);
  return blockToTsv([heading, ...rows]);
}
