import { checked, fileProblem, refused, type Checked } from './problems';

export const MAX_ROWS = 5000;

/** Rows of text as a file holds them, heading row somewhere near the top. */
export type TextRows = readonly (readonly string[])[];

/**
 * Header detection: the index of the heading row, the one with a "code"
 * heading (a sheet may have a title above it), else the first row that is
 * not blank.
 */
export function findHeader(rows: TextRows): Checked<number> {
  const codeRow = rows.findIndex((row) => row.some((cell) => cell.trim().toLowerCase() === 'code'));
  const header = codeRow !== -1 ? codeRow : rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (header === -1) return refused([fileProblem('the file is empty')]);
  // Empty rows (a final line break, blank lines between blocks) are not rows of the table.
  const filled = rows.slice(header + 1).filter((row) => row.some((cell) => cell.trim() !== '')).length;
  return checked(header, filled > MAX_ROWS ? [fileProblem(`more than ${MAX_ROWS} rows`)] : []);
}

/**
 * The headings of the heading row, read with the row above it where the
 * table heads its columns on two rows, as the Council table and this app's
 * workbooks do: a period's heading ("2028-2029", merged over its columns, so
 * written once at their left) above its years and a "Total", which is that
 * period's total.
 */
export function headings(rows: TextRows, header: number): string[] {
  const lower = [...(rows[header] ?? [])];
  const upper = rows[header - 1] ?? [];
  let over = '';
  return lower.map((text, index) => {
    const above = (upper[index] ?? '').trim();
    if (above !== '') over = above;
    return text.trim().toLowerCase() === 'total' && /^\d{4}\s*[-–]\s*\d{2,4}$/.test(over) ? over : text;
  });
}
