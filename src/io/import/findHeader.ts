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
