import { t } from '../../i18n/t';
import { ZERO } from '../../model/amount';
import type { TextRows } from './findHeader';
import { categoryHeading, versionOf } from './periodHeading';
import type { ColumnName } from './problems';
import type { ColumnNote } from './readHeadings';
import { readNumber } from './readNumber';

/**
 * Groups of the same periods side by side that are parts, not versions: a
 * table by Sector and year ("ITU-R" over 2026 and 2027, "ITU-T" over them
 * again, "Total" over them a third time) where one group is, on every row
 * and for each period, the sum of the others. The parts' columns become
 * categories ("ITU-R 2026"), whose sum the plan's Total is; the summing
 * group is checked so and not read, and said. Null where no group sums the
 * others (real growth beside zero real growth are versions).
 */
export function groupsBySum(read: readonly string[], rows: TextRows, header: number, columnName: ColumnName): { headings: string[]; notes: ColumnNote[] } | null {
  const marked = read.map((text, index) => ({ index, found: versionOf(text) })).filter((c) => c.found !== null && c.found.version !== '');
  const groups = [...new Set(marked.map((c) => c.found!.version))];
  if (groups.length < 3) return null;
  const body = rows.slice(header + 1).filter((row) => marked.some((c) => (row[c.index] ?? '').trim() !== ''));
  const cells = body.flatMap((row) => marked.map((c) => (row[c.index] ?? '').trim() || '0'));
  // Each figure read with the first decimal mark that reads them all: a sum holds in either reading of a file's own figures.
  const decimal = (['.', ','] as const).find((mark) => cells.every((cell) => readNumber(cell, mark).value !== null));
  if (decimal === undefined || body.length === 0) return null;
  const value = (row: readonly string[], index: number) => readNumber((row[index] ?? '').trim() || '0', decimal).value!;
  const columnOf = (group: string, period: string) => marked.find((c) => c.found!.version === group && c.found!.period === period)?.index;
  const sums = (total: string) => {
    const own = marked.filter((c) => c.found!.version === total);
    const others = groups.filter((g) => g !== total);
    return own.length > 0 && own.every(({ index, found }) => {
      const parts = others.map((g) => columnOf(g, found!.period));
      return !parts.includes(undefined) && body.every((row) => parts.reduce((sum, k) => sum.plus(value(row, k!)), ZERO).eq(value(row, index)));
    });
  };
  const total = groups.find(sums);
  if (total === undefined) return null;
  const notes: ColumnNote[] = [];
  const headings = read.map((text, index) => {
    const found = versionOf(text);
    if (found === null || found.version === '') return text;
    if (found.version !== total) return categoryHeading(`${found.version} ${found.period}`);
    notes.push({ column: index, text: t('import.headings.groupTotal', { column: columnName(index), heading: `${total} ${found.period}` }) });
    return '';
  });
  return { headings, notes };
}
