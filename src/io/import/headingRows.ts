import type { TextRows } from './findHeader';
import { isFigureText } from './figureText';

/**
 * Headings over two rows where the second names the label columns the
 * first leaves blank: the periods in one row, "Part" and "Section" over the
 * names in the row under it. The two are one heading row: the second is merged into the first and
 * left blank, so that it is read neither as a line nor as a section's
 * heading. Rows as they were where the row under the headings is anything
 * else (a figure, or a word under a heading that has one).
 */
export function withHeadingsMerged(rows: TextRows, header: number): TextRows {
  const upper = rows[header] ?? [];
  const lower = rows[header + 1] ?? [];
  const filled = (cell: string | undefined) => (cell ?? '').trim() !== '';
  // The label columns are those left of the first heading; the second row names every one of them, two or more
  // ("Part", "Section"): one word under a blank ("A. Programmes", "REVENUE") is a section's heading, not a heading row.
  const firstHeading = upper.findIndex(filled);
  const labels = Array.from({ length: Math.max(0, firstHeading) }, (_, i) => i);
  const isContinuation =
    labels.length >= 2 &&
    labels.every((i) => filled(lower[i]) && !isFigureText(lower[i]!)) &&
    lower.every((cell, i) => !filled(cell) || i < firstHeading);
  if (!isContinuation) return rows;
  const width = Math.max(upper.length, lower.length);
  const merged = Array.from({ length: width }, (_, i) => (filled(upper[i]) ? upper[i]! : (lower[i] ?? '')));
  return rows.map((row, i) => (i === header ? merged : i === header + 1 ? [] : row));
}
