import { t } from '../../i18n/t';
import { ZERO, type Amount } from '../../model/amount';
import type { YearColumn } from './mapColumns';
import { cellProblem, checked, fileProblem, placeText, type Checked, type ColumnName, type ImportProblem } from './problems';
import { DEDUCTION_PREFIX, type FileRow } from './readLines';
import { REDUCTION_ID } from '../../model/plan';
import { listed } from './messages';
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
  const positiveRows = new Set<number>();
  const hasDeduction = rows.some((r) => r.kind === 'reduction');
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
        problems.push(cellProblem(place, read.error ?? t('import.amount.missing')));
        return ZERO;
      }
      if (r.kind !== 'reduction' && read.value.isNegative() && !read.value.isZero()) {
        problems.push(cellProblem(place, t('import.amount.negative', { text })));
        negativeRows.add(r.row);
      }
      if (read.value.isPositive() && !read.value.isZero()) positiveRows.add(r.row);
      scale = Math.max(scale, read.value.decimalPlaces());
      // "Less: estimated income 1 000" takes 1 000 off.
      return r.subtracts === true && read.value.isPositive() ? read.value.negated() : read.value;
    });
    inputs.set(r.code, amounts);
  }
  // Several deductions are taken off together: their sum is the plan's one reduction.
  const deductions = rows.filter((r) => r.kind === 'reduction' && r.code.startsWith(DEDUCTION_PREFIX));
  if (deductions.length > 0) inputs.set(REDUCTION_ID, years.map((_, y) => deductions.reduce((sum, r) => sum.plus(inputs.get(r.code)?.[y] ?? ZERO), ZERO)));
  if (blankIsNil) problems.push(...negativeHints([...negativeRows], positiveRows, hasDeduction));
  return checked({ inputs, scale, blanks }, problems);
}

/**
 * How a published table's negative lines can be read: the plan's lines are
 * amounts of zero or more (shares of a total, moves between them), and it has
 * one deduction, taken off the lines' sum. A line below zero is most often
 * that deduction; one that adds in some periods and takes off in others, or a
 * second deduction, cannot be represented, and the person is told what to do.
 */
function negativeHints(negative: readonly number[], positive: ReadonlySet<number>, hasDeduction: boolean): ImportProblem[] {
  const mixed = negative.filter((row) => positive.has(row));
  const below = negative.filter((row) => !positive.has(row));
  const hints: ImportProblem[] = [];
  if (below.length === 1 && !hasDeduction) hints.push(fileProblem(t('import.amount.deductionHint', { row: String(below[0]) })));
  else if (below.length > 0) hints.push(fileProblem(t('import.amount.deductionsHint', { count: below.length, rows: listed(below) })));
  if (mixed.length > 0) hints.push(fileProblem(t('import.amount.mixedHint', { count: mixed.length, rows: listed(mixed) })));
  return hints;
}
