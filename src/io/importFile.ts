import { t } from '../i18n/t';
import { csvSource } from './csvFile';
import { interpretFinance } from './financeImport';
import { isFinanceSource } from './import/financeRows';
import type { Current } from './import/matchPlan';
import type { TableMapping } from './import/mapping';
import { WorkbookReadError, type WorkbookReader } from './readWorkbook';
import { ImportError, interpretTable, type ImportPreview, type SourceTable } from './tableImport';
import { chooseSheet, type SheetChoice } from './sheetChoice';
import { listed } from './import/messages';
import { settledNote, twoWayReadings } from './import/twoWays';

/** File kinds the app reads as tables. */
export const TABLE_FILE_TYPES = '.csv,.tsv,.txt,.xlsx,.xlsm,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const isWorkbook = (bytes: Uint8Array, fileName: string) =>
  /\.(xlsx|xlsm|xls)$/i.test(fileName) || (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);

/** How a file is to be read: as its rows say (a revenue total makes a financial plan), or as the person asked. */
export type FileReading = 'detect' | 'finance' | 'table';

/** A file read as rows: its table's source, notes on how, and the workbook's other sheets that can be read instead. */
export interface SourceRead {
  readonly source: SourceTable;
  readonly notes: readonly string[];
  readonly sheets?: SheetChoice;
}

/** A table file as rows of text cells — a CSV file, or the table sheet of a workbook (read by `readWorkbook`, in a worker in the app) — with notes on how it was read. */
export async function readSource(bytes: Uint8Array, fileName: string, readWorkbook: WorkbookReader, reading: FileReading = 'detect'): Promise<SourceRead> {
  return withImportErrors(fileName, async () => {
    if (!isWorkbook(bytes, fileName)) return csvSource(bytes, fileName);
    if (/^\s*<(!doctype|html|\?xml)/i.test(new TextDecoder().decode(bytes.subarray(0, 256)))) {
      throw new ImportError(fileName, [t('import.workbook.webPage')]);
    }
    let sheets: Awaited<ReturnType<WorkbookReader>>;
    try {
      sheets = await readWorkbook(bytes);
    } catch (error) {
      if (error instanceof WorkbookReadError) throw error;
      throw new WorkbookReadError(t('import.workbook.damaged', { reason: error instanceof Error ? error.message : String(error) }));
    }
    const { table, note, sheets: choice } = chooseSheet(sheets, fileName, reading === 'finance');
    return { source: table, notes: note === null ? [] : [note], ...(choice === null ? {} : { sheets: choice }) };
  });
}

/** Every failure as an ImportError naming the file and each problem; nothing else escapes. */
async function withImportErrors<T>(fileName: string, read: () => Promise<T> | T): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof WorkbookReadError) throw new ImportError(fileName, [error.message]);
    throw new ImportError(fileName, [t('import.file.unreadable', { reason: error instanceof Error ? error.message : String(error) })]);
  }
}

/**
 * A source read as the person's mapping says (as detected when it says
 * nothing), its reading notes first: a financial plan (revenue and its
 * total) as the revenue of a plan, any other table as a table; or as the
 * person asked: a financial plan (any other refused), or a table.
 */
export function previewSource(read: { source: SourceTable; notes: readonly string[] }, current: Current, mapping: TableMapping = {}, reading: FileReading = 'detect'): Promise<ImportPreview> {
  return withImportErrors(read.source.name, () => {
    const interpret = (source: SourceTable): ImportPreview => {
      const finance = reading === 'table' ? null : interpretFinance(source, current, mapping, reading === 'finance');
      const table = finance ?? interpretTable(source, current, mapping);
      // A revenue table that cannot be the plan's revenue (other years) is read as a table of its own: said, so that its Total is not taken for expenditure.
      const other = finance === null && reading === 'detect' && isFinanceSource(source.rows) && table.kind === 'new-plan'
        ? [t('import.finance.notPlanYears', { years: listed(current.plan.years) })]
        : [];
      return { ...table, notes: [...read.notes, ...other, ...table.notes] };
    };
    try {
      return withValuesWhereTotalsSay(read.source, interpret(read.source), interpret);
    } catch (error) {
      const settled = error instanceof ImportError ? settledByTotals(read.source, interpret) : null;
      if (settled === null) throw error;
      return settled;
    }
  });
}

/**
 * A workbook's figures are read as its formats show them; where the totals
 * shown then disagree with the figures shown but agree with the cells'
 * values (a total of the unrounded figures), the values are the table's, said.
 */
function withValuesWhereTotalsSay(source: SourceTable, shown: ImportPreview, interpret: (source: SourceTable) => ImportPreview): ImportPreview {
  if (shown.mismatches.length === 0 || source.rounded === undefined || source.rounded.length === 0) return shown;
  const rows = source.rows.map((row) => [...row]);
  for (const { r, c, value } of source.rounded) rows[r]![c] = value;
  const { rounded: _rounded, ...rest } = source;
  let exact: ImportPreview;
  try {
    exact = interpret({ ...rest, rows });
  } catch {
    return shown;
  }
  return exact.mismatches.length === 0 ? { ...exact, notes: [...exact.notes, t('import.note.valuesNotShown', { count: source.rounded.length })] } : shown;
}

/** Figures that read two ways, where the file's totals agree with one reading only: read so, and said (twoWays.ts); else null. */
function settledByTotals(source: SourceTable, interpret: (source: SourceTable) => ImportPreview): ImportPreview | null {
  const found = twoWayReadings(source);
  if (found === null) return null;
  const attempt = (rows: SourceTable) => {
    try {
      return interpret(rows);
    } catch {
      return null;
    }
  };
  const [thousands, decimals] = [attempt(found.thousands), attempt(found.decimals)];
  // Agreeing totals: none differs, and at least one figure is checked (a table of no totals settles nothing).
  const agrees = (preview: ImportPreview | null) => preview !== null && preview.mismatches.length === 0;
  const isChecked = (preview: ImportPreview | null) =>
    preview !== null && ([...preview.layout.rows.values()].some((kind) => kind === 'total' || kind === 'subtotal') || preview.layout.columns.some((role) => role === 'total' || role === 'share'));
  if (agrees(thousands) && !agrees(decimals) && isChecked(thousands)) return { ...thousands!, notes: [...thousands!.notes, settledNote(found, 'thousands')] };
  if (agrees(decimals) && !agrees(thousands) && isChecked(decimals)) return { ...decimals!, notes: [...decimals!.notes, settledNote(found, 'decimals')] };
  return null;
}

/**
 * Reads a table file — CSV, or a workbook — into a preview. Every failure is
 * an ImportError naming the file and each problem; nothing else escapes.
 */
export async function readTableFile(bytes: Uint8Array, fileName: string, current: Current, readWorkbook: WorkbookReader): Promise<ImportPreview> {
  return previewSource(await readSource(bytes, fileName, readWorkbook), current);
}
