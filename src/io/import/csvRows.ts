import Papa from 'papaparse';
import { t } from '../../i18n/t';
import { checked, rowProblem, type Checked } from './problems';

export interface CsvRows {
  readonly rows: string[][];
  readonly delimiter: ',' | ';' | '\t';
}

/** A quote left open or misplaced, in the person's language; the parser's own words for any other. */
function quoteProblem(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes') return t('import.csv.quoteUnterminated');
  if (error.code === 'InvalidQuotes') return t('import.csv.quoteMalformed');
  return error.message.toLowerCase();
}

/** Rows: decoded CSV text split into cells, the separator guessed among semicolon, comma and tab; a quote left open refuses the file. */
export function csvRows(text: string): Checked<CsvRows> {
  // Excel in French or Swiss settings writes every row with its semicolons, title rows padded (`Budget 2026;;;`), and decimal commas
  // in the figures: most rows holding a semicolon say so more surely than a guess that counts the commas of "1 234,5".
  const filled = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const isSemicolons = filled.length > 0 && filled.filter((line) => line.includes(';')).length * 2 > filled.length;
  const parsed = Papa.parse<string[]>(text, { delimiter: isSemicolons ? ';' : '', delimitersToGuess: [';', ',', '\t'], skipEmptyLines: false });
  const fatal = parsed.errors.filter((e) => e.type === 'Quotes');
  const problems = fatal.slice(0, 5).map((e) => rowProblem((e.row ?? 0) + 1, quoteProblem(e)));
  return checked({ rows: parsed.data, delimiter: parsed.meta.delimiter as CsvRows['delimiter'] }, problems);
}

/**
 * The decimal mark a file's figures use. Commas separate the fields of a
 * comma file, so its decimals are points, and a semicolon file is Excel's in
 * French settings, with commas (Swiss Excel's points show in its figures). A tab file says nothing by its
 * separator: its figures tell (`57023.5`, `1,234.5` are points; `57023,5`,
 * `1.234,5` commas), and English Excel's points are the default. A figure
 * that still reads two ways (`1.250`) is refused with both readings.
 */
/** How many figures show each mark as a decimal mark beyond doubt: 1 or 2 decimals, or 4 and more (`3.75`, `0,1250`), or after grouping by the other mark. */
export function markEvidence(rows: readonly (readonly string[])[]): { points: number; commas: number } {
  let points = 0;
  let commas = 0;
  for (const cell of rows.flat()) {
    const bare = cell.trim();
    if (/^[-(]?[\d ',.]*\d\.(\d{1,2}|\d{4,})%?\)?$/.test(bare) || /^[-(]?\d{1,3}(,\d{3})+\.\d+\)?$/.test(bare)) points++;
    if (/^[-(]?[\d '.]*\d,(\d{1,2}|\d{4,})%?\)?$/.test(bare) || /^[-(]?\d{1,3}(\.\d{3})+,\d+\)?$/.test(bare)) commas++;
  }
  return { points, commas };
}

export function decimalMark(rows: readonly (readonly string[])[], delimiter: CsvRows['delimiter']): ',' | '.' {
  if (delimiter === ',') return '.';
  const { points, commas } = markEvidence(rows);
  // A semicolon file is French Excel's (commas) unless its figures say Swiss Excel's points (`1'234'567.50`).
  if (delimiter === ';') return points > commas ? '.' : ',';
  return commas > points ? ',' : '.';
}

/**
 * Where the file's own figures use its decimal mark as one (`3.75`) and never
 * the other mark so, a figure with three decimals (`1.125`) is decimals too:
 * written with a fourth (`1.1250`, the same value) so that it is not refused
 * as reading two ways. A file with no such evidence keeps the question.
 */
export function decimalsShown(rows: readonly (readonly string[])[], decimal: ',' | '.'): string[][] {
  const { points, commas } = markEvidence(rows);
  const isSure = decimal === '.' ? points > 0 && commas === 0 : commas > 0 && points === 0;
  if (!isSure) return rows.map((row) => [...row]);
  const three = decimal === '.' ? /^([-(]?\d{1,3}\.\d{3})(\)?%?)$/ : /^([-(]?\d{1,3},\d{3})(\)?%?)$/;
  return rows.map((row) => row.map((cell) => (three.test(cell.trim()) ? cell.trim().replace(three, (_, figure: string, end: string) => `${figure}0${end}`) : cell)));
}

/**
 * In a comma file, whose decimals can only be points, a figure grouped by
 * commas (`"12,340"`, quoted) is thousands: written with spaces, so that it
 * is not refused as reading two ways.
 */
export function commaThousands(rows: readonly (readonly string[])[]): string[][] {
  // A currency sign before the figure ("$1,200,000") is the unit's: the figure's grouping is read the same.
  const grouped = /^[-(]?(?:US\$|\$|€|£)?\s?\d{1,3}(,\d{3})+(\.\d+)?\)?%?$/;
  return rows.map((row) => row.map((cell) => (grouped.test(cell.trim()) ? cell.replace(/,/g, ' ') : cell)));
}
