import { isFigureText } from './figureText';
import { markerOf } from './financeRows';
import type { TextRows } from './findHeader';
import type { ColumnMap } from './mapColumns';
import { ZERO } from '../../model/amount';
import type { RevenueSection } from '../../model/finance/financialPlan';
import { readNumber } from './readNumber';
import { OF_WHICH } from './rowNames';

/**
 * The rows of a financial plan's file made ready for the table reading:
 * the app's own kind column and variance columns left unread, and a
 * section's sums on its heading row taken off (they are its lines', checked
 * afterwards).
 */

/** The app's own CSV says each row's kind: the kind column is left unread (the rows say what they are by their words), but for the markers financeParts reads. */
export function withoutKinds(rows: TextRows): TextRows {
  const header = rows.findIndex((row) => row.some((cell) => cell.trim().toLowerCase() === 'kind'));
  if (header === -1) return rows;
  const kind = rows[header]!.findIndex((cell) => cell.trim().toLowerCase() === 'kind');
  if (!rows.some((row) => ['section', 'product', 'revenue-total', 'parameter'].includes((row[kind] ?? '').trim()))) return rows;
  const kept = new Set(['parameter', 'revenue-total', 'expenditure', 'balance']);
  return rows.map((row, i) => (i < header ? row : row.map((cell, k) => (k !== kind || (i !== header && kept.has(cell.trim())) ? cell : ''))));
}

/**
 * The app's own financial plan sheet of a scenario carries, after its
 * period, its variance against the baseline's sheet: derived from another
 * sheet, not the file's to check. Its columns are left unread.
 */
export function withoutOwnVariance(rows: TextRows): TextRows {
  const header = rows.findIndex((row) => row.some((cell) => cell.trim() === 'Variance') && row.some((cell) => cell.trim() === 'Variance %'));
  if (header === -1) return rows;
  const left = new Set(rows[header]!.flatMap((cell, k) => (cell.trim() === 'Variance' || cell.trim() === 'Variance %' ? [k] : [])));
  return rows.map((row) => row.map((cell, k) => (left.has(k) ? '' : cell)));
}

/**
 * Rows heading a section that carry its sums over lines of their own:
 * row → section. A heading by its letter ("A. Assessed contributions
 * 122 868") over lines (its sums are checked against the section's); or a
 * heading without one whose figures are, column by column, the sum of the
 * two or more rows right under it ("Assessed contributions 122 868" over
 * Member States, Sector Members…), whose sums agree by construction and
 * are not checked (null).
 */
export function sectionSums(rows: TextRows, header: number, columns: ColumnMap, decimal: ',' | '.'): Map<number, RevenueSection | null> {
  const hasFigures = (i: number) => columns.figures.some(({ index }) => (rows[i]?.[index] ?? '').trim() !== '');
  const letterOf = (i: number) => rows[i]?.map((cell) => /^([A-E])[.)]\s+\S/.exec(cell.trim())?.[1]).find((letter) => letter !== undefined) as RevenueSection | undefined;
  const isTotal = (i: number) => markerOf(rows[i]!) !== null || /^\s*total\b/i.test(rows[i]!.join(' '));
  const found = new Map<number, RevenueSection | null>();
  for (let i = header + 1; i < rows.length; i++) {
    const letter = letterOf(i);
    if (letter === undefined || !hasFigures(i)) continue;
    // Its lines: the rows under it with figures, up to the next section or a total.
    let next = i + 1;
    while (next < rows.length && letterOf(next) === undefined && !hasFigures(next)) next++;
    // A lettered line followed by its "of which" is a line of its own (section D's one line, of which voluntary contributions).
    const isPart = (rows[next] ?? []).some((cell) => OF_WHICH.test(cell.trim()));
    if (next < rows.length && letterOf(next) === undefined && !isTotal(next) && !isPart) found.set(i, letter);
  }
  const figures = (i: number) => columns.figures.map(({ index }) => {
    const text = (rows[i]?.[index] ?? '').trim();
    return text === '' ? ZERO : readNumber(text, decimal).value;
  });
  for (let i = header + 1; i < rows.length; i++) {
    if (found.has(i) || !hasFigures(i) || isTotal(i)) continue;
    const own = figures(i);
    if (own.some((value) => value === null)) continue;
    let sum = own.map(() => ZERO);
    let count = 0;
    for (let j = i + 1; j < rows.length && !isTotal(j) && letterOf(j) === undefined; j++) {
      if (!hasFigures(j)) continue;
      const line = figures(j);
      if (line.some((value) => value === null)) break;
      sum = sum.map((value, k) => value.plus(line[k]!));
      count++;
      if (count >= 2 && sum.every((value, k) => value.eq(own[k]!))) {
        // Its section's other lines may stand elsewhere: its sums, its lines' by construction, are not held against the section's.
        found.set(i, null);
        break;
      }
      // Lines of revenue add up: past its figures, they are not its lines.
      if (sum.some((value, k) => value.gt(own[k]!))) break;
    }
  }
  return found;
}

/** Whether a row has figures in the table's columns of figures. */
export const hasFiguresIn = (row: readonly string[] | undefined, columns: ColumnMap): boolean => columns.figures.some(({ index }) => isFigureText(row?.[index] ?? ''));
