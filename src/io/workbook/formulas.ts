import type { Amount } from '../../model/amount';
import type { AmountColumn, RatioColumn, TableColumn } from '../../model/columns';
import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_COLUMN, type Plan } from '../../model/plan';
import type { Row, Table } from '../../model/table';

/**
 * The formulas of an Appendix sheet, in A1 notation: what each derived
 * figure sums, so that a spreadsheet recomputes the table from its yearly
 * inputs. Rows and columns are 1-based, as spreadsheets count them.
 */

/** The title rows and the two header rows come before the table's first row. */
export const FIRST_ROW = 6;
/** Code and name come before the first figure. */
export const FIRST_COLUMN = 3;

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export const cellAddress = (row: number, column: number): string => `${columnLetter(column)}${row}`;
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** A number a cell can hold: doubles hold amounts exactly (at most 15 digits, see amount.ts); never a negative zero. */
export function cellNumber(value: Amount): number {
  const number = Number(value.toFixed());
  return number === 0 ? 0 : number;
}

/**
 * Rounds a formula's result to the plan's decimals: sums of decimal figures
 * in binary floating point can miss by 1e-12, which a spreadsheet would show
 * as `-0.0`. Whole amounts add up exactly and keep a bare SUM.
 */
export const rounded = (formula: string, precision: number): string => (precision === 0 ? formula : `ROUND(${formula},${precision})`);

/** Where each row of the table sits on an Appendix sheet. */
export function rowPositions(table: Table): Map<string, number> {
  return new Map(table.rows.map((row, i) => [row.id, FIRST_ROW + i]));
}

/** A SUM over one row's cells in the given sheet columns: a range where they are side by side. */
export function sumAcross(columns: readonly number[], row: number): string {
  const sorted = [...columns].sort((x, y) => x - y);
  const isRange = sorted.length > 1 && sorted.every((c, i) => i === 0 || c === sorted[i - 1]! + 1);
  if (isRange) return `SUM(${cellAddress(row, sorted[0]!)}:${cellAddress(row, sorted.at(-1)!)})`;
  return `SUM(${sorted.map((c) => cellAddress(row, c)).join(',')})`;
}

/** An input column's cell on each kind of row: typed on lines and the reduction (no formula), else the sum of the rows it adds up. */
export function inputFormula(table: Table, positions: ReadonlyMap<string, number>, plan: Pick<Plan, 'precision'>): (row: Row, column: number) => string | null {
  const childrenOf = new Map<string, string[]>();
  for (const row of table.rows) {
    const parent = row.ancestors[0];
    // An "of which" line is added into nothing.
    if (row.kind === 'memo') continue;
    if (parent !== undefined) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), row.id]);
  }
  const topLevel = table.rows.filter((row) => (row.kind === 'line' || row.kind === 'group') && row.ancestors.length === 0).map((row) => row.id);
  const cells = (ids: readonly string[], column: number) => ids.map((id) => cellAddress(positions.get(id)!, column));
  return (row, column) => {
    switch (row.kind) {
      case 'line':
      case 'memo':
      case 'reduction':
        return null;
      case 'group':
        return rounded(`SUM(${cells(childrenOf.get(row.id) ?? [], column).join(',')})`, plan.precision);
      case 'subtotal':
        return rounded(`SUM(${cells(topLevel, column).join(',')})`, plan.precision);
      case 'total':
        // Without a deduction (see shownTable) Total sums the lines itself.
        if (!positions.has(SUBTOTAL_ID)) return rounded(`SUM(${cells(topLevel, column).join(',')})`, plan.precision);
        return rounded(cells([SUBTOTAL_ID, REDUCTION_ID], column).join('+'), plan.precision);
    }
  };
}

/** Where each column of the table sits on a sheet, by id. */
export const columnPositions = (columns: readonly TableColumn[]): ReadonlyMap<string, number> => new Map(columns.map((column, k) => [column.id, FIRST_COLUMN + k]));

/** A change's cell: the later column less the earlier, in the same row. */
export const changeFormula = (between: NonNullable<AmountColumn['between']>, row: number, at: ReadonlyMap<string, number>, precision: number): string =>
  rounded(`${cellAddress(row, at.get(between.to.id)!)}-${cellAddress(row, at.get(between.from.id)!)}`, precision);

/**
 * A ratio column's fraction, unrounded, with `ref` making each cell's
 * reference (on this sheet or another): the row's period total over
 * Total's, or its change over its base; 0 where that is zero.
 */
export function ratioFormula(column: RatioColumn, row: number, totalRow: number, at: ReadonlyMap<string, number>, ref: (r: number, c: number) => string = cellAddress): string {
  if (column.kind === 'share') {
    const total = at.get(TOTAL_COLUMN)!;
    return `IF(${ref(totalRow, total)}=0,0,${ref(row, total)}/${ref(totalRow, total)})`;
  }
  const [to, from, base] = [column.to, column.from, column.base].map((c) => ref(row, at.get(c.id)!));
  return `IF(${base}=0,0,(${to}-${from})/${base})`;
}

