import Papa from 'papaparse';
import { checked, rowProblem, type Checked } from './problems';

export interface CsvRows {
  readonly rows: string[][];
  readonly delimiter: ',' | ';' | '\t';
}

/** Rows: decoded CSV text split into cells, the separator guessed among semicolon, comma and tab; a quote left open refuses the file. */
export function csvRows(text: string): Checked<CsvRows> {
  const parsed = Papa.parse<string[]>(text, { delimiter: '', delimitersToGuess: [';', ',', '\t'], skipEmptyLines: false });
  const fatal = parsed.errors.filter((e) => e.type === 'Quotes');
  const problems = fatal.slice(0, 5).map((e) => rowProblem((e.row ?? 0) + 1, e.message.toLowerCase()));
  return checked({ rows: parsed.data, delimiter: parsed.meta.delimiter as CsvRows['delimiter'] }, problems);
}

/**
 * The decimal mark a file's figures use. Commas separate the fields of a
 * comma file, so its decimals are points, and a semicolon file is Excel's in
 * French or Swiss settings, with commas. A tab file says nothing by its
 * separator: its figures tell (`57023.5`, `1,234.5` are points; `57023,5`,
 * `1.234,5` commas), and English Excel's points are the default. A figure
 * that still reads two ways (`1.250`) is refused with both readings.
 */
export function decimalMark(rows: readonly (readonly string[])[], delimiter: CsvRows['delimiter']): ',' | '.' {
  if (delimiter !== '\t') return delimiter === ',' ? '.' : ',';
  let points = 0;
  let commas = 0;
  for (const cell of rows.flat()) {
    const bare = cell.trim();
    if (/^[-(]?[\d ',.]*\d\.(\d{1,2}|\d{4,})%?\)?$/.test(bare) || /^[-(]?\d{1,3}(,\d{3})+\.\d+\)?$/.test(bare)) points++;
    if (/^[-(]?[\d '.]*\d,(\d{1,2}|\d{4,})%?\)?$/.test(bare) || /^[-(]?\d{1,3}(\.\d{3})+,\d+\)?$/.test(bare)) commas++;
  }
  return commas > points ? ',' : '.';
}
