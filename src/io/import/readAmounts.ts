import { ZERO, type Amount } from '../../model/amount';
import type { YearColumn } from './mapColumns';
import { cellProblem, checked, fileProblem, placeText, type Checked, type ColumnName, type ImportProblem } from './problems';
import type { FileRow } from './readLines';
import { readNumber } from './readNumber';

export interface Amounts {
  /** Each line's and the reduction's yearly amounts, by code, aligned with the year columns. */
  readonly inputs: ReadonlyMap<string, readonly Amount[]>;
  /** The most decimals any of them has: a new plan's precision. */
  readonly scale: number;
  /** Blank cells of a published table's lines, read as nil: "row 9, column C". */
  readonly blanks: readonly string[];
}

/**
 * Amounts: the yearly inputs of every line and of the reduction. Each must be
 * a number (0 for none), and a line's may not be below zero. A published
 * table leaves a nil cell blank (a Sector without rental costs): there, a
 * blank is nil, and said.
 */
export function readAmounts(rows: readonly FileRow[], years: readonly YearColumn[], decimal: ',' | '.', columnName: ColumnName, blankIsNil = false): Checked<Amounts> {
  const problems: ImportProblem[] = [];
  const inputs = new Map<string, Amount[]>();
  const blanks: string[] = [];
  let scale = 0;
  const negativeRows = new Set<number>();
  for (const r of rows) {
    if (r.kind !== 'line' && r.kind !== 'memo' && r.kind !== 'reduction') continue;
    const amounts = years.map(({ index, year }) => {
      const place = { row: r.row, column: columnName(index), label: year };
      const text = r.cells[index] ?? '';
      if (blankIsNil && text.trim() === '') {
        blanks.push(placeText(place));
        return ZERO;
      }
      const read = readNumber(text, decimal);
      if (read.value === null) {
        problems.push(cellProblem(place, read.error ?? 'no amount (type 0 for none)'));
        return ZERO;
      }
      if (r.kind !== 'reduction' && read.value.isNegative() && !read.value.isZero()) {
        problems.push(cellProblem(place, `${text} is below zero: a line's amount cannot be negative`));
        negativeRows.add(r.row);
      }
      scale = Math.max(scale, read.value.decimalPlaces());
      // "Less: estimated income 1 000" takes 1 000 off.
      return r.subtracts === true && read.value.isPositive() ? read.value.negated() : read.value;
    });
    inputs.set(r.code, amounts);
  }
  // A published table's negative line is most often a deduction: say how to read it as one.
  if (blankIsNil && negativeRows.size > 0) {
    const rows = [...negativeRows];
    problems.push(fileProblem(`if row${rows.length === 1 ? '' : 's'} ${rows.join(', ')} ${rows.length === 1 ? 'is' : 'are'} taken off the others, mark ${rows.length === 1 ? 'it' : 'one'} “Deduction (taken off)” under “How the file is read”`));
  }
  return checked({ inputs, scale, blanks }, problems);
}
