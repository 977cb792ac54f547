import Papa from 'papaparse';
import { canonicalAmount, decimalText, formatAmount, type NumberStyle } from '../model/amount';
import { inputsFirst, isAmountColumn } from '../model/columns';
import type { Plan } from '../model/plan';
import { percentHalfUp } from '../model/share';
import { shareOf, type Table } from '../model/table';
import { MixedEncodingError, decodeText } from './decodeText';
import { safeText } from './safeText';
import { ImportError, interpretTable, type ImportPreview } from './tableImport';

/** Larger files are refused before they are read. */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;

export interface CsvOptions {
  /** `,` with decimal points (the default, exact and portable) or `;` with decimal commas (Excel in French or Swiss settings). */
  readonly separator: ',' | ';';
}

/**
 * A table as CSV: `code,name,kind[,parent]`, then the table's columns by id,
 * inputs first (`<years>,<biennia>,total,share`), UTF-8 with a byte-order
 * mark so Excel reads the accents. Amounts are plain decimals (no thousands
 * separator), shares in per cent to two decimals.
 */
export function writeCsv(plan: Plan, table: Table, { separator }: CsvOptions): string {
  const decimal = separator === ';' ? ',' : '.';
  const style: NumberStyle = { id: 'csv', group: '', decimal };
  const hasGroups = table.rows.some((row) => row.kind === 'group');
  const columns = inputsFirst(table.layout.columns);
  const header = ['code', 'name', 'kind', ...(hasGroups ? ['parent'] : []), ...columns.map((column) => column.id)];
  const number = (value: Parameters<typeof canonicalAmount>[0]) => (decimal === '.' ? canonicalAmount(value) : formatAmount(value, style, plan.precision));
  const rows = table.rows.map((row) => {
    const share = percentHalfUp(shareOf(table, row.id));
    return [
      safeText(row.id),
      safeText(row.name),
      row.kind,
      ...(hasGroups ? [row.ancestors[0] ?? ''] : []),
      ...columns.map((column) => (isAmountColumn(column) ? number(column.amountOf(row)) : share === null ? '' : decimalText(share, style, 2))),
    ];
  });
  return `\uFEFF${Papa.unparse([header, ...rows], { delimiter: separator, newline: '\r\n', quotes: false })}\r\n`;
}

/** Reads a CSV file's bytes into an import preview, or throws an ImportError listing every problem with its row and column. */
export function readCsv(bytes: Uint8Array, fileName: string, current: { plan: Plan; table: Table }): ImportPreview {
  if (bytes.length > MAX_CSV_BYTES) throw new ImportError(fileName, [`the file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB`]);
  if (bytes.length === 0) throw new ImportError(fileName, ['the file is empty']);
  if (isBinary(bytes)) throw new ImportError(fileName, ['this is not a text (CSV) file: for a workbook, open it as .xlsx']);
  let decoded: ReturnType<typeof decodeText>;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof MixedEncodingError) throw new ImportError(fileName, [error.message]);
    throw error;
  }
  const { text, encoding } = decoded;
  if (/^\s*<(!doctype|html|\?xml)/i.test(text)) throw new ImportError(fileName, ['this is a web page or XML, not a CSV table']);
  const parsed = Papa.parse<string[]>(text, { delimiter: '', delimitersToGuess: [';', ',', '\t'], skipEmptyLines: false });
  const fatal = parsed.errors.filter((e) => e.type === 'Quotes');
  if (fatal.length > 0) {
    throw new ImportError(fileName, fatal.slice(0, 5).map((e) => `row ${(e.row ?? 0) + 1}: ${e.message.toLowerCase()}`));
  }
  const delimiter = parsed.meta.delimiter as ',' | ';' | '\t';
  const preview = interpretTable({ name: fileName, rows: parsed.data, decimal: delimiter === ',' ? '.' : ',' }, current);
  const described = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' }[delimiter] ?? delimiter;
  return { ...preview, notes: [`Read as ${encoding.toUpperCase()}, separated by ${described}, decimals with “${delimiter === ',' ? '.' : ','}”.`, ...preview.notes] };
}

/** Control bytes other than tab, line breaks and (in UTF-16) zeros mean a binary file: a workbook, an image… */
function isBinary(bytes: Uint8Array): boolean {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return true; // a zip: .xlsx, .docx
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return true; // an old .xls
  const sample = bytes.subarray(0, 2048);
  const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || sample.filter((b, i) => i % 2 === 1 && b === 0).length > sample.length / 3;
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control += isUtf16 && b === 0 ? 0 : 1;
  return control > 0;
}
