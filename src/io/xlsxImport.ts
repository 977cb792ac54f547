import * as XLSX from 'xlsx';
import { t } from '../i18n/t';
import { Dec, readsTwoWays } from '../model/amount';
import { inflationProblem, workbookContainerProblem } from './zipDirectory';
import { markEvidence } from './import/csvRows';
import { isFigureText } from './import/figureText';
import { MAX_ROWS } from './import/findHeader';
import { readNumber } from './import/readNumber';

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
  /** What the sheet hides, blanked in `rows` (see hiddenParts). */
  readonly hidden?: { readonly rows: readonly number[]; readonly columns: readonly number[] };
  /** Figures read as their format shows them, to fewer decimals than their value: by cell, both. */
  readonly rounded?: readonly RoundedCell[];
}

export interface RoundedCell {
  readonly cell: string;
  /** Its row and column, indices into the rows. */
  readonly r: number;
  readonly c: number;
  readonly value: string;
  readonly shown: string;
}

/** A number format's first section (positive numbers) without its quoted text, colours and escaped characters. */
const positiveSection = (format: string) => format.split(';')[0]!.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
/** The commas after a format's last digit placeholder, each dividing by a thousand (`#,##0,`): or null. */
const scalingOf = (section: string) => /[0#?](,+)(?![0#?,])/.exec(section);

/** A cell whose format scales it by thousands: shown rounded as a matter of course, not said cell by cell. */
const isScaled = (ws: XLSX.WorkSheet, r: number, c: number) => {
  const z = (ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined)?.z;
  return typeof z === 'string' && scalingOf(positiveSection(z)) !== null;
};

const MAX_CELLS = 500_000;
/** The rows read of a sheet: a table's, and its title and note lines. */
const SHEET_ROWS = MAX_ROWS + 100;

export async function workbookRows(bytes: Uint8Array): Promise<SheetRows[]> {
  const problem = workbookContainerProblem(bytes) ?? (await inflationProblem(bytes));
  if (problem !== null) throw new Error(problem);
  // cellStyles: which rows and columns the sheet hides.
  const workbook = XLSX.read(bytes, { type: 'array', cellFormula: false, cellHTML: false, cellNF: true, cellStyles: true, dense: false, sheetRows: SHEET_ROWS });
  return workbook.SheetNames.map((sheet) => {
    const ws = workbook.Sheets[sheet];
    if (ws === undefined || ws['!ref'] === undefined) return { sheet, rows: [] };
    const range = XLSX.utils.decode_range(ws['!ref']);
    // Rows beyond those read are never dropped silently: a sheet longer than a table may be is refused.
    const full = ws['!fullref'] === undefined ? range : XLSX.utils.decode_range(ws['!fullref']);
    if (full.e.r > range.e.r) throw new Error(t('import.workbook.tooManyRows', { sheet, limit: String(MAX_ROWS) }));
    if ((range.e.r - range.s.r + 1) * (range.e.c - range.s.c + 1) > MAX_CELLS) throw new Error(t('import.workbook.tooManyCells', { sheet, limit: String(MAX_CELLS) }));
    const rows: string[][] = [];
    /** Where figures were typed as text ("1 234,5"), not as numbers. */
    const typed: [number, number][] = [];
    /** Figures their format shows otherwise than their value (scaled by thousands, fewer decimals): where, and both. */
    const shown: { r: number; c: number; text: string }[] = [];
    for (let r = 0; r <= range.e.r; r++) {
      const row: string[] = [];
      for (let c = 0; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        const texts = cellTexts(cell);
        row.push(texts.exact);
        if (texts.shown !== texts.exact) shown.push({ r, c, text: texts.shown });
        if (cell?.t === 's' && isFigureText(row[c]!)) typed.push([r, c]);
      }
      rows.push(row);
    }
    // The app's own workbooks (their kind column) keep exact amounts under a format in millions: read as they are.
    const isOwn = rows.some((row) => row.some((cell) => cell.trim().toLowerCase() === 'kind'));
    const asShown = isOwn ? [] : shown;
    const rounded = asShown.filter(({ r, c, text }) => !new Dec(text.replace('%', '')).eq(new Dec(rows[r]![c]!.replace('%', ''))) && !isScaled(ws, r, c)).map(({ r, c, text }) => ({ cell: XLSX.utils.encode_cell({ r, c }), r, c, value: rows[r]![c]!, shown: text }));
    for (const { r, c, text } of asShown) rows[r]![c] = text;
    const hidden = hiddenParts(ws, rows);
    return { sheet, rows: withTypedFigures(rows, typed), ...(hidden.rows.length + hidden.columns.length > 0 ? { hidden } : {}), ...(rounded.length > 0 ? { rounded } : {}) };
  });
}

/**
 * The rows and columns a sheet hides, their cells blanked: a hidden helper
 * row is no line, a hidden column of last year's figures no period. The
 * app's own workbooks hide their kind and parent columns, which are read.
 */
function hiddenParts(ws: XLSX.WorkSheet, rows: string[][]): { rows: number[]; columns: number[] } {
  const isStructure = (c: number) => rows.some((row) => ['kind', 'parent'].includes((row[c] ?? '').trim().toLowerCase()));
  const columns = (ws['!cols'] ?? []).flatMap((col, c) => (col?.hidden === true && c < (rows[0]?.length ?? 0) && !isStructure(c) && rows.some((row) => (row[c] ?? '') !== '') ? [c] : []));
  const hiddenRows = (ws['!rows'] ?? []).flatMap((row, r) => (row?.hidden === true && r < rows.length && rows[r]!.some((cell) => cell !== '') ? [r] : []));
  for (const r of hiddenRows) rows[r] = rows[r]!.map(() => '');
  for (const row of rows) for (const c of columns) row[c] = '';
  return { rows: hiddenRows.map((r) => r + 1), columns: columns.map((c) => c + 1) };
}

/**
 * Figures typed as text in a French or German workbook ("1 234,5", "(20,0)")
 * are written in the points the number cells beside them are written in,
 * exactly, where the text figures say commas beyond doubt (`markEvidence`);
 * one that still reads two ways (`1,250`) is left as typed, and refused with
 * both readings.
 */
function withTypedFigures(rows: string[][], typed: readonly [number, number][]): string[][] {
  const texts = typed.map(([r, c]) => rows[r]![c]!);
  const { points, commas } = markEvidence([texts]);
  if (commas <= points) return rows;
  for (const [r, c] of typed) {
    const text = rows[r]![c]!;
    if (text.includes('%')) continue;
    const read = readNumber(text, ',');
    if (read.value !== null) rows[r]![c] = read.value.toFixed();
  }
  return rows;
}

/**
 * A figure as its number format shows it where the format scales it: each
 * comma after the last digit placeholder divides by a thousand (`#,##0,`
 * shows 1 234 567 as 1,235 under "thousands of US dollars"), to the
 * format's decimals, half-up. That is the figure published; the cell's own
 * value is a thousand times it.
 */
export function shownByFormat(text: string, format: string): string {
  const section = positiveSection(format);
  // A format of digits only ("#,##0", "0.00"): not General, a date or text, whose figures are the cell's.
  if (!/[0#?]/.test(section) || /[a-z@]/i.test(section)) return text;
  const scaling = scalingOf(section);
  const decimals = /\.([0#?]+)/.exec(section)?.[1]?.length ?? 0;
  const value = new Dec(text).div(new Dec(1000).pow(scaling?.[1]?.length ?? 0));
  // Fewer decimals shown than the value has: the figure shown, half-up; a value the format shows whole keeps its text.
  return scaling === null && value.decimalPlaces() <= decimals ? text : value.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP).toFixed(decimals);
}

/** A cell's text: a number exactly, and as its format shows it where that differs (a published table's figures are those shown). */
function cellTexts(cell: XLSX.CellObject | undefined): { exact: string; shown: string } {
  if (cell === undefined || cell.v === undefined || cell.v === null) return { exact: '', shown: '' };
  if (cell.t === 'n') {
    const isPercent = typeof cell.z === 'string' && cell.z.includes('%');
    // A cell holds 15 significant digits, as Excel shows it: a formula's binary noise (0.1+0.2 = 0.30000000000000004)
    // and × 100 for a percentage (0.3607 × 100 = 36.069999…) miss by a unit of the 16th digit.
    const value = Number(((cell.v as number) * (isPercent ? 100 : 1)).toPrecision(15));
    // A number cell is exact, never ambiguous: its text must not read two ways
    // either (`1.234` would), so such a text gets a fourth decimal, same value.
    const written = (text: string) => `${readsTwoWays(text) ? `${text}0` : text}${isPercent ? '%' : ''}`;
    const shown = typeof cell.z === 'string' && !isPercent ? shownByFormat(String(value), cell.z) : String(value);
    return { exact: written(String(value)), shown: written(shown) };
  }
  const text = cellText(cell);
  return { exact: text, shown: text };
}

function cellText(cell: XLSX.CellObject): string {
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  if (cell.t === 'e') return `#ERROR`;
  return String(cell.v);
}
