import type { Plan } from '../model/plan';
import type { Table } from '../model/table';
import { readCsv } from './csvFile';
import { WorkbookReadError, type WorkbookReader } from './readWorkbook';
import { ImportError, interpretTable, type ImportPreview } from './tableImport';
import { chooseSheet } from './sheetChoice';

/** File kinds the app reads as tables. */
export const TABLE_FILE_TYPES = '.csv,.tsv,.txt,.xlsx,.xlsm,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const isWorkbook = (bytes: Uint8Array, fileName: string) =>
  /\.(xlsx|xlsm|xls)$/i.test(fileName) || (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);

/**
 * Reads a table file — CSV, or a workbook (read by `readWorkbook`, in a
 * worker in the app) — into a preview. Every failure is an ImportError
 * naming the file and each problem; nothing else escapes.
 */
export async function readTableFile(bytes: Uint8Array, fileName: string, current: { plan: Plan; table: Table }, readWorkbook: WorkbookReader): Promise<ImportPreview> {
  try {
    if (!isWorkbook(bytes, fileName)) return readCsv(bytes, fileName, current);
    if (/^\s*<(!doctype|html|\?xml)/i.test(new TextDecoder().decode(bytes.subarray(0, 256)))) {
      throw new ImportError(fileName, ['this is a web page saved with a spreadsheet name, not a workbook: open it in Excel and save it as .xlsx']);
    }
    let sheets: Awaited<ReturnType<WorkbookReader>>;
    try {
      sheets = await readWorkbook(bytes);
    } catch (error) {
      if (error instanceof WorkbookReadError) throw error;
      throw new WorkbookReadError(`it is damaged or not an Excel workbook (${error instanceof Error ? error.message : String(error)})`);
    }
    const { table, note } = chooseSheet(sheets, fileName);
    const preview = interpretTable(table, current);
    return note === null ? preview : { ...preview, notes: [note, ...preview.notes] };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof WorkbookReadError) throw new ImportError(fileName, [error.message]);
    throw new ImportError(fileName, [`it could not be read (${error instanceof Error ? error.message : String(error)})`]);
  }
}
