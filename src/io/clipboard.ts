import Papa from 'papaparse';

/**
 * The clipboard's tab-separated text, as Excel and LibreOffice put a block
 * of cells there: rows end in CRLF, a cell with a tab, quote or line break is
 * quoted. Parsed and written with papaparse.
 */
export const MAX_PASTE_CELLS = 100_000;

export function tsvToBlock(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/\r?\n$/, ''), { delimiter: '\t', newline: undefined, skipEmptyLines: false });
  return parsed.data;
}

export function blockToTsv(block: readonly (readonly string[])[]): string {
  return Papa.unparse(block as string[][], { delimiter: '\t', newline: '\r\n', quotes: false });
}
