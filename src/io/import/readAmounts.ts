import { t } from '../../i18n/t';
import { ZERO, type Amount } from '../../model/amount';
import type { YearColumn } from './mapColumns';
import { cellProblem, checked, placeText, type Checked, type ColumnName, type ImportProblem } from './problems';
import { DEDUCTION_PREFIX, type FileRow } from './readLines';
import { REDUCTION_ID } from '../../model/plan';
import { readNumber } from './readNumber';

export interface Amounts {
  /** Each line's and the reduction's yearly amounts, by code, aligned with the year columns. */
  readonly inputs: ReadonlyMap<string, readonly Amount[]>;
  /** The most decimals any of them has: a new plan's precision. */
  readonly scale: number;
  /** Blank cells of a published table's lines, read as nil: "row 9, column C". */
  readonly blanks: readonly string[];
  /** Lines with a figure below zero (an exchange adjustment, a transfer to the Reserve), by code: adjustments of the plan. */
  readonly belowZero: ReadonlySet<string>;
}

/**
 * Amounts: the yearly inputs of every line and of the reduction. Each must be
 * a number (0 for none); a line below zero is an adjustment (LeafLine.signed)
 * in a published table, or where the app's kind column says so; an "of
 * which" line may not be below zero. A published
 * table leaves a nil cell blank (a Sector without rental costs): there, a
 * blank is nil, and said.
 */
export function readAmounts(rows: readonly FileRow[], years: readonly YearColumn[], decimal: ',' | '.', columnName: ColumnName, blankIsNil = false): Checked<Amounts> {
  const problems: ImportProblem[] = [];
  const inputs = new Map<string, Amount[]>();
  const blanks: string[] = [];
  let scale = 0;
  const belowZero = new Set<string>();
  for (const r of rows) {
    if (r.kind !== 'line' && r.kind !== 'memo' && r.kind !== 'reduction') continue;
    const amounts = years.map(({ index, year }) => {
      const place = { row: r.row, column: columnName(index), label: year };
      const text = r.cells[index] ?? '';
      // A published table says "none" in words or dots too ("n/a", "…"): nil, and said as a blank is.
      if (blankIsNil && (text.trim() === '' || /^(?:…|\.\.\.|n\/a|n\.a\.?)$/i.test(text.trim()))) {
        blanks.push(placeText(place));
        return ZERO;
      }
      const read = readNumber(text, decimal);
      if (read.value === null) {
        problems.push(cellProblem(place, read.error ?? t('import.amount.missing')));
        return ZERO;
      }
      if (read.value.isNegative() && !read.value.isZero()) {
        // The app's own files say which lines are adjustments in their kind column; a published table by its figures.
        const isAdjustment = r.kind === 'line' && (r.signed === true || blankIsNil);
        if (isAdjustment) belowZero.add(r.code);
        else if (r.kind !== 'reduction') problems.push(cellProblem(place, t('import.amount.negative', { text })));
      }
      // An adjustment that takes off ("Less: provision 1 000" among the lines) is below zero once taken off.
      if (r.kind === 'line' && r.subtracts === true && read.value.isPositive() && !read.value.isZero()) belowZero.add(r.code);
      scale = Math.max(scale, read.value.decimalPlaces());
      // "Less: estimated income 1 000" takes 1 000 off.
      return r.subtracts === true && read.value.isPositive() ? read.value.negated() : read.value;
    });
    inputs.set(r.code, amounts);
  }
  // Several deductions are taken off together: their sum is the plan's one reduction.
  const deductions = rows.filter((r) => r.kind === 'reduction' && r.code.startsWith(DEDUCTION_PREFIX));
  if (deductions.length > 0) inputs.set(REDUCTION_ID, years.map((_, y) => deductions.reduce((sum, r) => sum.plus(inputs.get(r.code)?.[y] ?? ZERO), ZERO)));
  return checked({ inputs, scale, blanks, belowZero }, problems);
}
