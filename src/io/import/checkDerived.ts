import { t } from '../../i18n/t';
import { Dec, type Amount } from '../../model/amount';
import { isAmountColumn, type TableColumn } from '../../model/columns';
import { percentHalfUp, type Ratio } from '../../model/share';
import { rowOf, shareOf, type Row, type Table } from '../../model/table';
import type { ColumnMap } from './mapColumns';
import { cellProblem, checked, placeText, type CellPlace, type Checked, type ColumnName, type ImportProblem } from './problems';
import type { FileRow } from './readLines';
import { listed } from './messages';
import { readNumber } from './readNumber';

/** A figure of the file that is not the one computed from its inputs. */
export interface Mismatch {
  /** The row in the file, from 1. */
  readonly row: number;
  /** "row 2, column 8 (2028-2029)" */
  readonly where: string;
  readonly rowId: string;
  /** The row's name as the file writes it ("Total revenue"): its number alone says little. */
  readonly name?: string;
  readonly columnId: string;
  /** The file's text, as it is written there. */
  readonly inFile: string;
  /** The computed figure, for the person's style and unit to write: an amount, or a share in per cent to two decimals. */
  readonly computed: Amount;
  readonly isShare: boolean;
}

/** Mismatches once each (two checks may find the same cell), in the file's row order, then column by column as found. */
export function inRowOrder(mismatches: readonly Mismatch[]): Mismatch[] {
  const once = mismatches.filter((m, i) => mismatches.findIndex((n) => n.where === m.where) === i);
  return once.map((m, i) => ({ m, i })).sort((a, b) => a.m.row - b.m.row || a.i - b.i).map(({ m }) => m);
}

export interface DerivedCheck {
  readonly mismatches: readonly Mismatch[];
  readonly notes: readonly string[];
}

/** The computed figure to hold the file's against: an amount, or a share in per cent to two decimals (none while Total is zero). */
const computedFigure = (table: Table, row: Row, column: TableColumn): Amount | null =>
  isAmountColumn(column) ? column.amountOf(row) : percentHalfUp(shareOf(table, row.id));

/** Decimals a share in a file may have: a spreadsheet's formula writes fifteen digits. */
const SHARE_DIGITS = 15;

/** Whether a share as the file writes it is the exact share rounded so: to its own decimals up to two (83.4), else to the hundredth the table shows (a formula's fifteen digits). */
function shareAgrees(table: Table, rowId: string, value: Amount): boolean {
  return percentAgrees(shareOf(table, rowId), value);
}

/** A share as a file writes it (36.1, 36.07) agrees with the exact one rounded half-up to as many decimals, at most two. */
export function percentAgrees(ratio: Ratio, value: Amount): boolean {
  const places = Math.min(value.decimalPlaces(), 2);
  const exact = percentHalfUp(ratio, places);
  return exact !== null && exact.eq(value.toDecimalPlaces(places, Dec.ROUND_HALF_UP));
}

/**
 * The derived figures the file carries — a group's, Subtotal's or Total's
 * years, and every row's biennia, period total and share — each against the
 * figure computed from the inputs; the computed one wins. Columns of ranges
 * that are not periods of the plan are left unchecked, with a note.
 */
export function checkDerived(rows: readonly FileRow[], columns: ColumnMap, table: Table, decimal: ',' | '.', columnName: ColumnName): Checked<DerivedCheck> {
  const problems: ImportProblem[] = [];
  const mismatches: Mismatch[] = [];
  const check = (r: FileRow, index: number, column: TableColumn) => {
    const place: CellPlace = { row: r.row, column: columnName(index), label: column.id };
    const isShare = !isAmountColumn(column);
    // A share computed by a spreadsheet's formula comes with all its digits (80.1144618093771%).
    const read = readNumber(r.cells[index] ?? '', decimal, isShare, isShare ? SHARE_DIGITS : undefined);
    // A derived figure that reads two ways (`36,065`) is only checked: it agrees if either reading is the computed one.
    if (read.error !== null && read.readings === undefined) problems.push(cellProblem(place, read.error));
    const computed = computedFigure(table, rowOf(table, r.code), column);
    const written = read.readings ? [read.readings.thousands, read.readings.decimal] : read.value ? [read.value] : [];
    // "Less: estimated income" writes its sums positive as it writes its years: they count negated.
    const readings = r.subtracts === true ? written.map((value) => value.abs().negated()) : written;
    if (readings.length === 0 || computed === null) return;
    if (!readings.some((value) => (isShare ? shareAgrees(table, r.code, value) : value.eq(computed)))) {
      mismatches.push({ row: r.row, where: placeText(place), rowId: r.code, name: r.name, columnId: column.id, inFile: r.cells[index]!, computed, isShare });
    }
  };
  for (const r of rows) {
    if (!table.index.has(r.code)) continue;
    const isDerivedRow = r.kind === 'group' || r.kind === 'subtotal' || r.kind === 'total';
    for (const { index, columnId } of columns.figures) {
      const column = table.layout.columnById.get(columnId);
      if (column !== undefined && (isDerivedRow || !column.isInput)) check(r, index, column);
    }
  }
  const unknown = columns.ranges.filter((range) => table.layout.columnById.get(range.id)?.kind !== 'biennium');
  const notes = unknown.length > 0 ? [t('import.derived.notPeriods', { count: unknown.length, columns: listed(unknown.map((range) => range.id)) })] : [];
  return checked({ mismatches, notes }, problems);
}
