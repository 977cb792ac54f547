import type { TextRows } from './findHeader';
import { isFigureText } from './figureText';
import { periodHeading } from './periodHeading';

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
  if (!isContinuation) return versionsUnder(rows, header);
  const width = Math.max(upper.length, lower.length);
  const merged = Array.from({ length: width }, (_, i) => (filled(upper[i]) ? upper[i]! : (lower[i] ?? '')));
  return rows.map((row, i) => (i === header ? merged : i === header + 1 ? [] : row));
}

/**
 * Versions named under a period merged over their columns ("2026-2027
 * proposed" over "Real growth" and "Zero real growth"): each column headed
 * by the period and its version's words, one heading row, the row under it
 * left blank. Rows as they were where the row under the headings is
 * anything else.
 */
function versionsUnder(rows: TextRows, header: number): TextRows {
  const upper = rows[header] ?? [];
  const lower = rows[header + 1] ?? [];
  const filled = (cell: string | undefined) => (cell ?? '').trim() !== '';
  const words = lower.flatMap((cell, i) => (filled(cell) ? [i] : []));
  if (words.length < 2 || words.some((i) => isFigureText(lower[i]!) || periodHeading(lower[i]!) !== null)) return rows;
  // Each word under a period's heading, or under a blank right of one (the merged cell's span).
  const spanOf = (i: number) => {
    for (let k = i; k >= 0; k--) if (filled(upper[k])) return periodHeading(upper[k]!) === null && !/\d{4}/.test(upper[k]!) ? -1 : k;
    return -1;
  };
  const spans = words.map(spanOf);
  if (spans.includes(-1) || !spans.some((k, n) => spans.indexOf(k) !== n)) return rows;
  const width = Math.max(upper.length, lower.length);
  // The period of the heading over it, and the version's own words: "2026-2027 Real growth".
  const periodIn = (text: string) => /\d{4}(?:\s*[-–/]\s*\d{2,4})?/.exec(text)?.[0] ?? text;
  const merged = Array.from({ length: width }, (_, i) => (filled(lower[i]) ? `${periodIn(upper[spanOf(i)]!.trim())} ${lower[i]!.trim()}` : (upper[i] ?? '')));
  return rows.map((row, i) => (i === header ? merged : i === header + 1 ? [] : row));
}
