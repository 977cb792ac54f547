import type { Plan } from '../model/plan';
import type { Table } from '../model/table';
import { readCsv } from './csvFile';
import { ImportError, type ImportPreview } from './tableImport';

/** File kinds the app reads as tables, by extension. */
export const TABLE_FILE_TYPES = '.csv,.tsv,.txt,text/csv';

/**
 * Reads a table file into a preview, whatever it is: every failure is an
 * ImportError naming the file and each problem; nothing else escapes.
 */
export function readTableFile(bytes: Uint8Array, fileName: string, current: { plan: Plan; table: Table }): ImportPreview {
  try {
    return readCsv(bytes, fileName, current);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(fileName, [`it could not be read (${error instanceof Error ? error.message : String(error)})`]);
  }
}
