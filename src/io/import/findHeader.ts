import { t } from '../../i18n/t';
import { periodHeading, periodSpan } from './periodHeading';
import { isFigureText, withoutFootnote } from './figureText';
import { checked, fileProblem, refused, type Checked } from './problems';

export const MAX_ROWS = 25_000;

/** Rows of text as a file holds them, heading row somewhere near the top. */
export type TextRows = readonly (readonly string[])[];

/** A heading's period, a footnote's mark after it ("2027 a", "2026*") left out. */
const periodOf = (cell: string) => periodHeading(cell) ?? periodHeading(withoutFootnote(cell));
const periods = (row: readonly string[]) => row.filter((cell) => periodOf(cell) !== null).length;
const filled = (row: readonly string[]) => row.filter((cell) => cell.trim() !== '').length;
const spans = (row: readonly string[]) => row.flatMap((cell) => (periodOf(cell) === null ? [] : [periodSpan(periodOf(cell)!)]));
/** Whether every period of a row lies inside one of the row above: `2024`, `2025` under `Budget 2024-2025`. */
const liesUnder = (row: readonly string[], above: readonly string[]) =>
  spans(row).every((inner) => spans(above).some((outer) => outer.first <= inner.first && inner.last <= outer.last && outer.last > outer.first));

/**
 * Header detection: the index of the heading row, the one with a "code"
 * heading; else, as published tables have title and note lines above their
 * headings, the first row heading two periods (`2014`, `Budget 2014-2015`),
 * or one period and another column; else the last row of several headings
 * above the first row of figures (categories); else the first row that is
 * not blank.
 */
export function findHeader(rows: TextRows): Checked<number> {
  const codeRow = rows.findIndex((row) => row.some((cell) => cell.trim().toLowerCase() === 'code'));
  // A heading row holds no figure but its periods: a line whose figures read as years (2005, 1 130) is no heading row.
  const onlyPeriods = (row: readonly string[]) => !row.some((cell) => isFigureText(cell) && periodOf(cell) === null);
  // Headings come before the figures they head: a row of years below a row of other figures is a line whose figures read as years
  // ("Common staff costs, 2050, 2080, 2100" under "Salaries, 1200, 1250, 1300").
  // A row of figures is two or more that are no years: a lone number above the table ("Version:", "2") is a title line's.
  const firstFigures = rows.findIndex((row) => row.filter((cell) => isFigureText(cell) && periodOf(cell) === null).length >= 2);
  // Only the rows above the figures are looked at: the rest of a 20 000-line table was read for periods in vain.
  const aboveFigures = firstFigures === -1 ? rows : rows.slice(0, firstFigures);
  const upper = aboveFigures.findIndex((row) => periods(row) >= 2 && onlyPeriods(row));
  // Periods heading groups of columns (a biennium over its years) sit above the row that heads each column,
  // whose periods lie inside them; a first row of figures under the years (2 000, 2 100) does not.
  const periodRow = upper !== -1 && periods(rows[upper + 1] ?? []) >= periods(rows[upper]!) && liesUnder(rows[upper + 1]!, rows[upper]!) ? upper + 1 : upper;
  const onePeriodRow = aboveFigures.findIndex((row) => periods(row) === 1 && filled(row) >= 2 && onlyPeriods(row));
  // A table of categories (Sectors, objectives) heads them in words: its heading row is the last one of two or more cells above its first row of figures.
  // (A period in a title line, "2026-2027", reads as a figure too: it is no row of figures.)
  const figureRow = rows.findIndex((row) => row.some((cell) => isFigureText(cell) && periodOf(cell) === null));
  const words = (row: readonly string[]) => row.filter((cell) => cell.trim() !== '' && !isFigureText(cell)).length;
  // A row of lines above it names one line and holds figures; the heading row is words only, a name over each column.
  const categoryRow = figureRow === -1 ? -1 : rows.slice(0, figureRow).findLastIndex((row) => words(row) >= 2 && words(row) === filled(row));
  const firstFilled = rows.findIndex((row) => filled(row) > 0);
  // One period in a row with words below it, over the figures, is a title's ("Linkage of outputs to objectives, 2026-2027"
  // split at its comma): the row of words heads the columns.
  const oneOrCategories = onePeriodRow !== -1 && categoryRow > onePeriodRow ? categoryRow : onePeriodRow;
  const header = [codeRow, periodRow, oneOrCategories, categoryRow, firstFilled].find((index) => index !== -1) ?? -1;
  if (header === -1) return refused([fileProblem(t('import.file.empty'))]);
  // Empty rows (a final line break, blank lines between blocks) are not rows of the table.
  const lines = rows.slice(header + 1).filter((row) => row.some((cell) => cell.trim() !== '')).length;
  return checked(header, lines > MAX_ROWS ? [fileProblem(t('import.file.tooManyRows', { limit: String(MAX_ROWS) }))] : []);
}
