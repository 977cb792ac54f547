import type { TextRows } from './findHeader';
import { isFigureText } from './figureText';
import { periodHeading } from './periodHeading';

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
const isHeadingRow = (row: readonly string[]) => row.filter((cell) => periodHeading(cell) !== null).length >= 2 || row.some((cell) => cell.trim().toLowerCase() === 'code');
const hasFigures = (row: readonly string[]) => row.filter(isFigureText).length >= 1;
const blankOutside = (rows: TextRows, keep: (i: number) => boolean): TextRows => rows.map((row, i) => (keep(i) ? row : []));

/** A table column: each value of it a table, the heading row kept in each, the column itself left out. */
function byColumn(rows: TextRows): TableBlock[] {
  const header = rows.findIndex((row) => row.some((cell) => TABLE_HEADINGS.has(cell.trim().toLowerCase())) && isHeadingRow(row));
  if (header === -1) return [];
  const column = rows[header]!.findIndex((cell) => TABLE_HEADINGS.has(cell.trim().toLowerCase()));
  const names = [...new Set(rows.slice(header + 1).map((row) => (row[column] ?? '').trim()).filter((name) => name !== ''))];
  if (names.length < 2) return [];
  return names.map((name) => ({
    name,
    rows: blankOutside(rows, (i) => i <= header || (rows[i]![column] ?? '').trim() === name).map((row) => row.map((cell, k) => (k === column ? '' : cell))),
  }));
}

/** Blocks: heading rows with figures between them; a block's title lines, after the figures of the one before, are its own. */
function byBlocks(rows: TextRows): TableBlock[] {
  // A heading row right under another (a biennium over its years) heads the same table; and a table begins
  // after a blank row or under its title, never right under a row of figures (a line whose figures read as years: 2000, 2001).
  const startsTable = (i: number) => i === 0 || !(isHeadingRow(rows[i - 1]!) || hasFigures(rows[i - 1]!));
  const headers = rows.flatMap((row, i) => (isHeadingRow(row) && startsTable(i) ? [i] : []));
  const starts = headers.map((header, k) => {
    if (k === 0) return 0;
    const lastFigures = rows.slice(0, header).findLastIndex((row, i) => i > headers[k - 1]! && hasFigures(row) && !isHeadingRow(row));
    return lastFigures === -1 ? -1 : lastFigures + 1;
  });
  if (headers.length < 2 || starts.includes(-1)) return [];
  return starts.map((start, k) => {
    const end = (starts[k + 1] ?? rows.length) - 1;
    const title = rows.slice(start, headers[k]).find(filled)?.find((cell) => cell.trim() !== '')?.trim();
    const lastFilled = rows.slice(0, end + 1).findLastIndex(filled);
    return { name: title ?? `Table ${k + 1} (rows ${headers[k]! + 1}-${lastFilled + 1})`, rows: blankOutside(rows, (i) => i >= start && i <= end) };
  });
}

/** The tables a file holds: none when it holds one. */
export function splitTables(rows: TextRows): TableBlock[] {
  const tables = byColumn(rows);
  return tables.length > 0 ? tables : byBlocks(rows);
}
