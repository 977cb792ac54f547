import { t } from '../i18n/t';
import { IMPORTED_BASELINE, PUBLISHED_PLAN } from '../model/plan';
import type { SourceTable } from './tableImport';
import { BASELINE_NAMES } from './import/headingWords';

/** The app's own workbooks put the plan's baseline first, named for what it is: in any of the app's languages, or in the plan's own words now shown. */
const isBaselineSheet = (name: string) =>
  [...BASELINE_NAMES, PUBLISHED_PLAN.baselineName, IMPORTED_BASELINE, t('common.plan.publishedBaseline'), t('common.plan.tableAsImported')].some((baseline) => name.startsWith(baseline));
import type { SheetRows } from './xlsxImport';
import { isFinanceSource } from './import/financeRows';
import { isFigureText } from './import/figureText';
import { listed } from './import/messages';

/** A spreadsheet column's letters (0 → A, 26 → AA), for messages; kept here so the page need not load SheetJS to name a column. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The sheet to import: the first with a “Code” heading that is neither the
 * published baseline nor a comparison (the app's own exports), else the
 * first with a “Code” heading, else the first sheet. For a financial plan,
 * the first sheet with a revenue total, a scenario's before the baseline's.
 */
export function chooseSheet(sheets: readonly SheetRows[], fileName: string, asFinance = false): { table: SourceTable; note: string | null; sheets: SheetChoice | null } {
  const hasCode = (s: SheetRows) => s.rows.some((row) => row.some((cell) => cell.trim().toLowerCase() === 'code'));
  const candidates = sheets.filter(hasCode);
  // As for Appendix A: a scenario's financial plan (the app's “FP …” sheets) before the baseline's.
  const financial = asFinance ? sheets.filter((s) => isFinanceSource(s.rows)) : [];
  const finance = financial.find((s) => s.sheet.startsWith('FP ')) ?? financial.find((s) => s.sheet === 'Financial plan') ?? financial[0];
  // A cover sheet with a figure or two (a date, a document number) is no table: the first sheet with rows of figures is.
  const isTable = (s: SheetRows) => s.rows.filter((row) => row.some(isFigureText)).length >= 2;
  const chosen =
    finance ?? candidates.find((s) => !isBaselineSheet(s.sheet) && !s.sheet.startsWith('Δ')) ?? candidates[0] ?? sheets.find(isTable) ?? sheets.find(hasFigures) ?? sheets[0];
  if (chosen === undefined) throw new Error(t('import.workbook.noSheet'));
  const source = (s: SheetRows): SourceTable => ({
    name: t('import.workbook.sheetSource', { file: fileName, sheet: s.sheet }),
    file: fileName,
    rows: s.rows,
    decimal: '.',
    columnName: columnLetter,
    ...(s.hidden === undefined ? {} : { hidden: { rows: s.hidden.rows, columns: s.hidden.columns.map((c) => columnLetter(c - 1)) } }),
    ...(s.rounded === undefined ? {} : { rounded: s.rounded }),
  });
  // Every sheet with figures can be read instead, chosen in the preview.
  const tables = sheets.filter((s) => s === chosen || hasFigures(s));
  const others = sheets.filter((s) => s !== chosen).map((s) => s.sheet);
  return {
    table: source(chosen),
    note: others.length > 0 ? sheetNote(chosen.sheet, others, tables.length > 1) : null,
    sheets: tables.length > 1 ? { names: tables.map((s) => s.sheet), sources: tables.map(source), chosen: tables.indexOf(chosen) } : null,
  };
}

/** The sheets of a workbook that hold figures, each readable as the table: their names, their rows, and which one is read. */
export interface SheetChoice {
  readonly names: readonly string[];
  readonly sources: readonly SourceTable[];
  readonly chosen: number;
}

const hasFigures = (s: SheetRows) => s.rows.some((row) => row.some(isFigureText));

/** Which sheet is read, and the others the workbook has: said in the preview. */
export const sheetNote = (chosen: string, others: readonly string[], canChoose: boolean): string => {
  const named = { sheet: chosen, others: listed(others.map((name) => t('import.quoted', { name }))) };
  return canChoose ? t('import.workbook.sheetNoteChoose', named) : t('import.workbook.sheetNote', named);
};
