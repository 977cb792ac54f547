import { TOTAL_COLUMN, TOTAL_ID } from '../../model/plan';
import { percentHalfUp } from '../../model/share';
import { columnShareOf, type Table } from '../../model/table';
import { percentAgrees, type Mismatch } from './checkDerived';
import type { TextRows } from './findHeader';
import { isFigureText } from './figureText';
import type { ColumnMap } from './mapColumns';
import { placeText, type ColumnName } from './problems';
import { readNumber } from './readNumber';
import { PERCENT_ROW } from './rowNames';


/**
 * A table of categories (Sectors, objectives) often gives, under its Total,
 * each column's share of it ("In % of the total"): checked, to the decimals
 * written, as a share column is, and then derived (the grid and the workbook
 * show it). Returns the mismatches and the rows so read (1-based), which are
 * not then said to be left out.
 */
export function checkColumnShares(rows: TextRows, header: number, columns: ColumnMap, table: Table, decimal: ',' | '.', columnName: ColumnName): { mismatches: Mismatch[]; rows: number[] } {
  if (columns.columnsAre !== 'categories' || columns.name === undefined) return { mismatches: [], rows: [] };
  const figureColumns = [...columns.years.map(({ index, year }) => ({ index, id: year })), ...columns.figures.filter((f) => f.columnId === TOTAL_COLUMN).map(({ index }) => ({ index, id: TOTAL_COLUMN }))];
  const mismatches: Mismatch[] = [];
  const found: number[] = [];
  rows.forEach((cells, i) => {
    const name = (cells[columns.name!] ?? '').trim();
    if (i <= header || !PERCENT_ROW.test(name) || !figureColumns.some(({ index }) => isFigureText(cells[index] ?? ''))) return;
    found.push(i + 1);
    for (const { index, id } of figureColumns) {
      const text = (cells[index] ?? '').trim();
      const value = readNumber(text, decimal, true).value;
      if (value === null) continue;
      const share = columnShareOf(table, id);
      if (percentHalfUp(share, 2) !== null && !percentAgrees(share, value)) {
        mismatches.push({ row: i + 1, where: placeText({ row: i + 1, column: columnName(index), label: id }), rowId: TOTAL_ID, name, columnId: id, inFile: text, computed: percentHalfUp(share, 2)!, isShare: true });
      }
    }
  });
  return { mismatches, rows: found };
}
