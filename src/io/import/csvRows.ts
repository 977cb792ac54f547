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
