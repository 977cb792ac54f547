import { t } from '../../i18n/t';
import { ZERO } from '../../model/amount';
import type { TextRows } from './findHeader';
import { periodHeading, periodSpan } from './periodHeading';
import type { ColumnName } from './problems';
import type { ColumnNote } from './readHeadings';
import { readNumber } from './readNumber';

/**
 * A "Total" column that sums some of the periods only: the budget years
 * beside last year's actuals ("2025 actual, 2026, 2027, Total"), or the
 * years before a forecast. Where on every row it is the sum of a run of
 * the periods from the first or to the last (most rows, the others then
 * said as mismatches), and not of them all, it is
 * that run's total (`2026-2027`), checked as such, and said; else it stays
 * the whole period's, checked against them all.
 */
export function partialTotal(rows: TextRows, header: number, headings: string[], columnName: ColumnName, notes: ColumnNote[]): void {
  const total = headings.findIndex((text) => text.trim().toLowerCase() === 'total');
  const periods = headings.flatMap((text, i) => (periodHeading(text) === text.trim() ? [i] : []));
  if (total === -1 || periods.length < 3) return;
  const body = rows.slice(header + 1).filter((row) => (row[total] ?? '').trim() !== '' && periods.some((i) => (row[i] ?? '').trim() !== ''));
  const cells = body.flatMap((row) => [total, ...periods].map((i) => (row[i] ?? '').trim() || '0'));
  const decimal = (['.', ','] as const).find((mark) => cells.every((cell) => readNumber(cell, mark).value !== null));
  if (decimal === undefined || body.length === 0) return;
  const value = (row: readonly string[], i: number) => readNumber((row[i] ?? '').trim() || '0', decimal).value!;
  // The rows a run sums to: the run most rows agree with is the column's (a wrong figure in it is then a mismatch, said).
  const agreeing = (run: readonly number[]) => body.filter((row) => run.reduce((sum, i) => sum.plus(value(row, i)), ZERO).eq(value(row, total))).length;
  const runs: number[][] = periods.slice(1, -1).flatMap((_, k) => [periods.slice(k + 1), periods.slice(0, periods.length - 1 - k)]).filter((run) => run.length >= 2);
  const run = runs.reduce<number[] | undefined>((best, next) => (agreeing(next) > (best === undefined ? 0 : agreeing(best)) ? next : best), undefined);
  if (run === undefined || agreeing(run) <= agreeing(periods) || agreeing(run) * 2 <= body.length) return;
  const range = `${periodSpan(headings[run[0]!]!).first}-${periodSpan(headings[run.at(-1)!]!).last}`;
  const left = periods.filter((i) => !run.includes(i)).map((i) => (rows[header]?.[i] ?? '').trim());
  notes.push({ column: total, text: t('import.headings.partialTotal', { column: columnName(total), range, left: left.join(', ') }) });
  headings[total] = range;
}
