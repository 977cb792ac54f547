import { t } from '../../i18n/t';
import type { TextRows } from './findHeader';
import { isFigureText } from './figureText';
import { periodHeading, periodSpan } from './periodHeading';
import { codeByName } from './rowNames';
import { TOTAL_ID } from '../../model/plan';

/**
 * One file holding several tables: a column headed `table` (or `section`)
 * naming each row's table, or blocks one under the other, each with its own
 * title and heading row. Each table is the file with the other tables'
 * rows left blank, so that every message still names the file's own rows.
 */
export interface TableBlock {
  /** Its title, or the value of its table column, or "Table 2 (rows 14-25)". */
  readonly name: string;
  readonly rows: TextRows;
}

const TABLE_HEADINGS = new Set(['table', 'section']);
const filled = (row: readonly string[]) => row.some((cell) => cell.trim() !== '');
/** The next row holding anything, after row i. */
function nextFilled(rows: TextRows, i: number): readonly string[] {
  for (let k = i + 1; k < rows.length; k++) if (filled(rows[k]!)) return rows[k]!;
  return [];
}
/**
 * Whether each row heads a table, over the next row holding anything, each
 * row asked once. byBlocks asks it of every row and again of the rows before
 * each heading; the rows after each were copied at every question (half a
 * second of a 20 000-line import).
 */
function headingRows(rows: TextRows): (i: number) => boolean {
  // The next row holding anything after each row, found in one pass from the end.
  const next: (readonly string[])[] = [];
  let after: readonly string[] = [];
  for (let i = rows.length - 1; i >= 0; i--) {
    next[i] = after;
    if (filled(rows[i]!)) after = rows[i]!;
  }
  const known: (boolean | undefined)[] = [];
  return (i) => (known[i] ??= isHeadingRow(rows[i]!, next[i]));
}
/**
 * A row heading periods: two or more, one after the other (2026, 2027; not a line's 1900, 2050), and no other figure;
 * or a `code` heading; or three or more words and nothing else (the names' heading and two categories or more), over a row of figures.
 */
function isHeadingRow(row: readonly string[], next: readonly string[] = []): boolean {
  if (row.some((cell) => cell.trim().toLowerCase() === 'code')) return true;
  const periods = row.map(periodHeading);
  const spans = periods.flatMap((period) => (period === null ? [] : [periodSpan(period)]));
  const others = row.filter((cell, k) => cell.trim() !== '' && periods[k] === null);
  const isRun = spans.every((span, k) => k === 0 || (span.first > spans[k - 1]!.first && span.first - spans[k - 1]!.last <= 10) || span.first <= spans[k - 1]!.first);
  if (spans.length >= 2) return isRun && !others.some(isFigureText);
  return spans.length === 0 && others.length >= 3 && !others.some(isFigureText) && hasFigures(next);
}
const hasFigures = (row: readonly string[]) => row.filter(isFigureText).length >= 1;
/** A row of figures named as the Total ("Total", "TOTAL EXPENSES"). */
const isTotalRow = (row: readonly string[]) => hasFigures(row) && codeByName(row.filter((cell) => cell.trim() !== '' && !isFigureText(cell)).join(' ')) === TOTAL_ID;
const blankOutside = (rows: TextRows, keep: (i: number) => boolean): TextRows => rows.map((row, i) => (keep(i) ? row : []));

/** A table column: each value of it a table, the heading row kept in each, the column itself left out. */
export function byColumn(rows: TextRows): TableBlock[] {
  const header = rows.findIndex((row, i) => row.some((cell) => TABLE_HEADINGS.has(cell.trim().toLowerCase())) && isHeadingRow(row, nextFilled(rows, i)));
  if (header === -1) return [];
  const column = rows[header]!.findIndex((cell) => TABLE_HEADINGS.has(cell.trim().toLowerCase()));
  const body = rows.slice(header + 1).filter(hasFigures);
  const names = [...new Set(body.map((row) => (row[column] ?? '').trim()).filter((name) => name !== ''))];
  // A column naming tables names the table of every row of figures, each table more than one row
  // (a "Section" column of a budget, one heading per group of lines, is a label, not a table column).
  const isTables = names.length >= 2 && body.every((row) => (row[column] ?? '').trim() !== '') && names.every((name) => body.filter((row) => (row[column] ?? '').trim() === name).length >= 2);
  if (!isTables) return [];
  return names.map((name) => ({
    name,
    // The column itself is left blank from the heading row down: the title lines above are the file's.
    rows: blankOutside(rows, (i) => i <= header || (rows[i]![column] ?? '').trim() === name).map((row, i) => (i < header ? row : row.map((cell, k) => (k === column ? '' : cell)))),
  }));
}

/** Blocks: heading rows with figures between them; a block's title lines, after the figures of the one before, are its own. */
function byBlocks(rows: TextRows): TableBlock[] {
  // A heading row right under another (a biennium over its years) heads the same table; and a table begins
  // after a blank row or under its title, never right under a row of figures (a line whose figures read as years: 2000, 2001).
  const row = (i: number) => rows[i] ?? [];
  const isHeading = headingRows(rows);
  // Right under a Total, the first table's heading row again (the same periods in the same columns) heads another table with no blank row between.
  const first = rows.findIndex((_, i) => isHeading(i));
  const periodsOf = (cells: readonly string[]) => cells.map((cell) => periodHeading(cell) ?? '').join('|');
  const isRepeat = (i: number) => i > first && isTotalRow(row(i - 1)) && periodsOf(row(i)) === periodsOf(row(first)) && periodsOf(row(i)).replace(/\|/g, '') !== '';
  const startsTable = (i: number) => i === 0 || isRepeat(i) || !(isHeadingRow(rows[i - 1]!, row(i)) || hasFigures(rows[i - 1]!));
  const headers = rows.flatMap((_, i) => (isHeading(i) && startsTable(i) ? [i] : []));
  const starts = headers.map((header, k) => {
    if (k === 0) return 0;
    const lastFigures = rows.slice(0, header).findLastIndex((cells, i) => i > headers[k - 1]! && hasFigures(cells) && !isHeading(i));
    return lastFigures === -1 ? -1 : lastFigures + 1;
  });
  if (headers.length < 2 || starts.includes(-1)) return [];
  return starts.map((start, k) => {
    const end = (starts[k + 1] ?? rows.length) - 1;
    const title = rows.slice(start, headers[k]).find(filled)?.find((cell) => cell.trim() !== '')?.trim();
    const lastFilled = rows.slice(0, end + 1).findLastIndex(filled);
    // Without a title line, the heading over the names says what the table is ("Revenue", "Expenses"), where it is more than "name".
    const label = row(headers[k]!).find((cell) => cell.trim() !== '' && periodHeading(cell) === null && !['code', 'name', 'line'].includes(cell.trim().toLowerCase()))?.trim();
    // A table with no title lines of its own is under the file's (its title and unit: "(EUR thousands)" above both).
    const shared = k > 0 && title === undefined ? headers[0]! : 0;
    const span = { first: String(headers[k]! + 1), last: String(lastFilled + 1) };
    return { name: title ?? t('import.tables.named', { name: label ?? t('import.tables.unnamed', { number: String(k + 1) }), ...span }), rows: blankOutside(rows, (i) => i < shared || (i >= start && i <= end)) };
  });
}

const REVENUE = /^(?:[a-z0-9]{1,3}[.)]\s*)?(revenue|revenues|income|receipts|recettes|produits)\b/i;
const EXPENSES = /^(?:[a-z0-9]{1,3}[.)]\s*)?(expenses|expenditure|expenditures|costs|dépenses|charges)\b/i;

/**
 * A financial plan's revenue and its expenses, each a section of one table
 * ("REVENUE" … "TOTAL REVENUE", "EXPENSES" … "TOTAL EXPENSES"): two tables,
 * never added into one Total. Each keeps the title lines and headings.
 */
function bySides(rows: TextRows): TableBlock[] {
  const label = (row: readonly string[]) => (hasFigures(row) ? '' : row.map((cell) => cell.trim()).filter((cell) => cell !== '').join(' '));
  const revenue = rows.findIndex((row) => REVENUE.test(label(row)));
  const expenses = rows.findIndex((row) => EXPENSES.test(label(row)));
  if (revenue === -1 || expenses === -1) return [];
  const [first, second] = revenue < expenses ? [revenue, expenses] : [expenses, revenue];
  return [
    { name: label(rows[first]!), rows: blankOutside(rows, (i) => i < second) },
    { name: label(rows[second]!), rows: blankOutside(rows, (i) => i < first || i >= second) },
  ];
}

/** The tables a file holds: none when it holds one. */
export function splitTables(rows: TextRows): TableBlock[] {
  for (const split of [byColumn, byBlocks, bySides]) {
    const tables = split(rows);
    if (tables.length > 0) return tables;
  }
  return [];
}
