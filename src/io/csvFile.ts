import Papa from 'papaparse';
import { t } from '../i18n/t';
import { canonicalAmount, decimalText, formatAmount, type NumberStyle } from '../model/amount';
import { inputsFirst, isAmountColumn, ratioIn, type RatioColumn } from '../model/columns';
import { signedRows, type Plan } from '../model/plan';
import { percentHalfUp } from '../model/share';
import { shareOf, shownTable, type Table } from '../model/table';
import { writtenKind } from '../model/tableShape';
import { commaThousands, csvRows, decimalMark, decimalsShown } from './import/csvRows';
import { decodeCsv } from './import/decodeCsv';
import { accepted } from './import/problems';
import { safeCsvText } from './safeText';
import { interpretTable, type ImportPreview, type SourceTable } from './tableImport';

export { MAX_CSV_BYTES } from './import/decodeCsv';

export interface CsvOptions {
  /** `,` with decimal points (the default, exact and portable) or `;` with decimal commas (Excel in French or Swiss settings). */
  readonly separator: ',' | ';';
}

/**
 * A table as CSV: `code,name,kind[,parent]`, then the table's columns by id,
 * inputs first (`<years>,<biennia>,total,share`), UTF-8 with a byte-order
 * mark so Excel reads the accents; the unit on a line under the table. Amounts are plain decimals (no thousands
 * separator), shares in per cent to two decimals.
 */
export function writeCsv(plan: Plan, all: Table, { separator }: CsvOptions): string {
  const table = shownTable(all, plan);
  const decimal = separator === ';' ? ',' : '.';
  const style: NumberStyle = { id: 'csv', group: '', decimal };
  const hasGroups = table.rows.some((row) => row.kind === 'group');
  const signed = signedRows(plan.lines);
  const columns = inputsFirst(table.layout.columns);
  const header = ['code', 'name', 'kind', ...(hasGroups ? ['parent'] : []), ...columns.map((column) => (column.kind === 'change' || column.kind === 'change-percent' ? column.heading : column.id))];
  const number = (value: Parameters<typeof canonicalAmount>[0]) => (decimal === '.' ? canonicalAmount(value) : formatAmount(value, style, plan.precision));
  const rows = table.rows.map((row) => {
    const share = shareOf(table, row.id);
    const percent = (column: RatioColumn) => {
      const value = percentHalfUp(ratioIn(column, row, share));
      return value === null ? '' : decimalText(value, style, 2);
    };
    return [
      safeCsvText(row.id),
      safeCsvText(row.name),
      writtenKind(row, signed),
      ...(hasGroups ? [row.ancestors[0] ?? ''] : []),
      ...columns.map((column) => (isAmountColumn(column) ? number(column.amountOf(row)) : percent(column))),
    ];
  });
  // The unit on a note under the table, where a published table says it too: read back, the figures keep their unit.
  const unit = [safeCsvText(`Unit: ${plan.unit}`)];
  return `\uFEFF${Papa.unparse([header, ...rows, [], unit], { delimiter: separator, newline: '\r\n', quotes: false })}\r\n`;
}

/** A CSV file's bytes as rows of text cells, with a note on how they were read; an ImportError when they cannot be. */
export function csvSource(bytes: Uint8Array, fileName: string): { source: SourceTable; notes: string[] } {
  const { text, encoding } = accepted(fileName, decodeCsv(bytes));
  const read = accepted(fileName, csvRows(text));
  const { delimiter } = read;
  const rows = delimiter === ',' ? commaThousands(read.rows) : read.rows;
  const decimal = decimalMark(rows, delimiter);
  const separator = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' }[delimiter];
  return { source: { name: fileName, rows: decimalsShown(rows, decimal), decimal }, notes: [t('import.csv.read', { encoding: encoding.toUpperCase(), separator, decimal })] };
}

/** Reads a CSV file's bytes into an import preview, or throws an ImportError listing every problem with its row and column. */
export function readCsv(bytes: Uint8Array, fileName: string, current: { plan: Plan; table: Table }): ImportPreview {
  const { source, notes } = csvSource(bytes, fileName);
  const preview = interpretTable(source, current);
  return { ...preview, notes: [...notes, ...preview.notes] };
}
