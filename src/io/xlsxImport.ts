import * as XLSX from 'xlsx';
import { readsTwoWays } from '../model/amount';
import { inflationProblem, workbookContainerProblem } from './zipDirectory';

/**
 * A workbook's sheets as rows of text, for the table importer. Runs inside a
 * Web Worker in the app (see xlsxWorker.ts): the SheetJS build on npm has
 * published advisories against its reader, so untrusted bytes are read with
 * frozen prototypes, a size cap and a time limit, away from the page.
 *
 * Numbers are written as their exact decimal text (`String(value)`), so a
 * figure that is not a whole number of the plan's unit is refused, never
 * rounded; a cell shown as a percentage is written in per cent ("36.07%"),
 * from its value, not from its format, which readers render differently
 * (a locale tag such as `[$-40C]` reads as a currency to SheetJS).
 */
export interface SheetRows {
  readonly sheet: string;
  readonly rows: string[][];
}

const MAX_CELLS = 500_000;

export async function workbookRows(bytes: Uint8Array): Promise<SheetRows[]> {
  const problem = workbookContainerProblem(bytes) ?? (await inflationProblem(bytes));
  if (problem !== null) throw new Error(problem);
  const workbook = XLSX.read(bytes, { type: 'array', cellFormula: false, cellHTML: false, cellNF: true, dense: false, sheetRows: 5002 });
  return workbook.SheetNames.map((sheet) => {
    const ws = workbook.Sheets[sheet];
    if (ws === undefined || ws['!ref'] === undefined) return { sheet, rows: [] };
    const range = XLSX.utils.decode_range(ws['!ref']);
    if ((range.e.r - range.s.r + 1) * (range.e.c - range.s.c + 1) > MAX_CELLS) throw new Error(`sheet “${sheet}” has more than ${MAX_CELLS} cells`);
    const rows: string[][] = [];
    for (let r = 0; r <= range.e.r; r++) {
      const row: string[] = [];
      for (let c = 0; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        row.push(cellText(cell));
      }
      rows.push(row);
    }
    return { sheet, rows };
  });
}

function cellText(cell: XLSX.CellObject | undefined): string {
  if (cell === undefined || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'n') {
    const isPercent = typeof cell.z === 'string' && cell.z.includes('%');
    // A cell holds 15 significant digits, as Excel shows it: a formula's binary noise (0.1+0.2 = 0.30000000000000004)
    // and × 100 for a percentage (0.3607 × 100 = 36.069999…) miss by a unit of the 16th digit.
    const value = Number(((cell.v as number) * (isPercent ? 100 : 1)).toPrecision(15));
    // A number cell is exact, never ambiguous: its text must not read two ways
    // either (`1.234` would), so such a text gets a fourth decimal, same value.
    const text = String(value);
    return `${readsTwoWays(text) ? `${text}0` : text}${isPercent ? '%' : ''}`;
  }
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  if (cell.t === 'e') return `#ERROR`;
  return String(cell.v);
}
