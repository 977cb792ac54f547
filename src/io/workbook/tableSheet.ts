import type { Worksheet } from 'exceljs';
import { headerBands, type TableColumn } from '../../model/columns';
import type { Layout, Row, Table } from '../../model/table';
import { writtenKind } from '../../model/tableShape';
import { HEADER_ROWS, LINE_HEIGHT } from '../pageLayout';
import { TITLE_LINE_HEIGHT, noteText, printedTable, type PrintedTable } from '../printedTable';
import { CODE_HEADING, codeText } from '../tableCells';
import { safeText } from '../safeText';
import { FIRST_COLUMN, FIRST_ROW } from './formulas';
import { BOLD, CENTRED, ITALIC, GRID, HEADER_FILL, LEFT, NOTE_FONT, OPEN_ABOVE, OPEN_BELOW, RIGHT, RULED, TITLE_FONT, TOTAL_FILL, setUpPage } from './sheetStyle';

/**
 * A sheet laid out like the Council table, shared by the scenario sheets
 * and the comparisons: a title block, two header rows (a biennium's heading
 * merged and centred over its years and its total), one row per table row,
 * the note below; styled, paginated as the print view is (pageLayout.ts),
 * frozen below the headers and right of the line names.
 */

/** A figure's cell: a typed number, or a formula with the figure the app computed. */
export interface FigureCell {
  readonly value: number;
  readonly formula?: string;
  readonly numFmt: string;
  /** The figure as a person reads it, for the column's width. */
  readonly text: string;
}

export interface TableSheetSpec {
  readonly table: Table;
  /** Above the title: `APPENDIX A`. */
  readonly eyebrow: string;
  readonly title: string;
  /** Under the title: the unit and what the sheet shows. */
  readonly unitLine: string;
  /** Under the table, or empty. */
  readonly note: string;
  readonly footer: string;
  readonly date: Date;
  readonly withCachedValues: boolean;
  readonly figure: (row: Row, column: TableColumn, sheetRow: number, sheetColumn: number) => FigureCell;
  /**
   * Each row's kind and parent in two hidden columns after the figures, so
   * that the workbook reads back with its structure (groups whose codes say
   * nothing of nesting, "of which" lines) as the CSV file does.
   */
  readonly withStructure?: { readonly adjustments: ReadonlySet<string> };
  /** A row under the table's last, of figures about its columns (a table of categories: each column's share of the whole), or none. */
  readonly footRow?: { readonly name: string; readonly figure: (column: TableColumn, sheetRow: number, sheetColumn: number) => FigureCell | null };
}

function writeTitle(sheet: Worksheet, spec: TableSheetSpec, last: number, printed: PrintedTable): void {
  const lines: [string, typeof BOLD, number][] = [
    [spec.eyebrow, BOLD, LINE_HEIGHT],
    [spec.title, TITLE_FONT, printed.titleLines * TITLE_LINE_HEIGHT],
    [spec.unitLine, NOTE_FONT, printed.subtitleLines * LINE_HEIGHT],
  ];
  lines.forEach(([text, font, height], i) => {
    sheet.mergeCells(i + 1, 1, i + 1, last);
    const cell = sheet.getCell(i + 1, 1);
    if (text !== '') cell.value = safeText(text);
    cell.font = font;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    sheet.getRow(i + 1).height = height;
  });
}

/** Two header rows. A column standing alone has its heading in the lower row and no rule between the two, so it reads as one cell. */
function writeHeader(sheet: Worksheet, { columns, lineHeading }: Layout): void {
  const upper = FIRST_ROW - 2;
  const lower = FIRST_ROW - 1;
  const style = (row: number, column: number, text: string, alone: boolean) => {
    const cell = sheet.getCell(row, column);
    if (text !== '') cell.value = safeText(text);
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
    cell.alignment = CENTRED;
    cell.border = alone ? (row === upper ? OPEN_BELOW : OPEN_ABOVE) : GRID;
  };
  style(upper, 1, '', true);
  style(upper, 2, '', true);
  style(lower, 1, CODE_HEADING, true);
  style(lower, 2, lineHeading, true);
  let c = FIRST_COLUMN;
  for (const { group, columns: banded } of headerBands(columns)) {
    if (group !== null) {
      sheet.mergeCells(upper, c, upper, c + banded.length - 1);
      style(upper, c, group.heading, false);
    } else style(upper, c, '', true);
    banded.forEach((column, k) => style(lower, c + k, group === null ? column.heading : column.subheading, group === null));
    c += banded.length;
  }
}

function writeRow(sheet: Worksheet, row: Row, r: number, cells: readonly FigureCell[], spec: TableSheetSpec, lines: number): void {
  const isTotal = row.kind === 'subtotal' || row.kind === 'total';
  const isBold = isTotal || row.kind === 'group';
  const isItalic = row.kind === 'memo';
  const border = isTotal ? RULED : GRID;
  const code = sheet.getCell(r, 1);
  code.value = safeText(codeText(row));
  const name = sheet.getCell(r, 2);
  name.value = safeText(row.name);
  for (const cell of [code, name]) {
    cell.alignment = { ...LEFT, indent: cell === name ? row.depth + (isItalic ? 1 : 0) : 0 };
    cell.border = border;
    if (isBold) cell.font = BOLD;
    if (isItalic) cell.font = ITALIC;
    if (row.kind === 'total') cell.fill = TOTAL_FILL;
  }
  cells.forEach((figure, k) => {
    const cell = sheet.getCell(r, FIRST_COLUMN + k);
    cell.value =
      figure.formula === undefined
        ? figure.value
        : spec.withCachedValues
          ? { formula: figure.formula, result: figure.value }
          : ({ formula: figure.formula } as { formula: string; result: number });
    cell.numFmt = figure.numFmt;
    cell.alignment = RIGHT;
    cell.border = border;
    if (isBold) cell.font = BOLD;
    if (row.kind === 'total') cell.fill = TOTAL_FILL;
  });
  sheet.getRow(r).height = lines * LINE_HEIGHT;
}

function writeFootRow(sheet: Worksheet, spec: TableSheetSpec, r: number): void {
  const { footRow } = spec;
  if (footRow === undefined) return;
  const name = sheet.getCell(r, 2);
  name.value = safeText(footRow.name);
  for (const cell of [sheet.getCell(r, 1), name]) {
    cell.alignment = LEFT;
    cell.border = GRID;
    cell.font = ITALIC;
  }
  spec.table.layout.columns.forEach((column, k) => {
    const cell = sheet.getCell(r, FIRST_COLUMN + k);
    cell.border = GRID;
    const figure = footRow.figure(column, r, FIRST_COLUMN + k);
    if (figure === null) return;
    cell.value = spec.withCachedValues ? { formula: figure.formula!, result: figure.value } : ({ formula: figure.formula! } as { formula: string; result: number });
    cell.numFmt = figure.numFmt;
    cell.alignment = RIGHT;
    cell.font = ITALIC;
  });
}

/** The hidden kind and parent columns (see TableSheetSpec.withStructure): not printed, not shown, read back on import. */
function writeStructure(sheet: Worksheet, table: Table, first: number, adjustments: ReadonlySet<string>): void {
  sheet.getCell(FIRST_ROW - 1, first).value = 'kind';
  sheet.getCell(FIRST_ROW - 1, first + 1).value = 'parent';
  table.rows.forEach((row, i) => {
    sheet.getCell(FIRST_ROW + i, first).value = writtenKind(row, adjustments);
    if (row.ancestors[0] !== undefined) sheet.getCell(FIRST_ROW + i, first + 1).value = safeText(row.ancestors[0]);
  });
  for (const c of [first, first + 1]) sheet.getColumn(c).hidden = true;
}

/** Writes the table on the sheet, and returns how it is cut into pages. */
export function writeTableSheet(sheet: Worksheet, spec: TableSheetSpec): PrintedTable {
  const { table } = spec;
  const { columns } = table.layout;
  const figures = table.rows.map((row, i) => columns.map((column, k) => spec.figure(row, column, FIRST_ROW + i, FIRST_COLUMN + k)));
  const printed = printedTable({ table, figures: figures.map((cells) => cells.map((cell) => cell.text)), title: spec.title, subtitle: spec.unitLine, note: spec.note });
  sheet.columns = printed.widths.map((width) => ({ width }));
  const last = FIRST_COLUMN + columns.length - 1;
  writeTitle(sheet, spec, last, printed);
  writeHeader(sheet, table.layout);
  table.rows.forEach((row, i) => writeRow(sheet, row, FIRST_ROW + i, figures[i]!, spec, printed.rowLines[i]!));
  if (spec.withStructure !== undefined) writeStructure(sheet, table, last + 1, spec.withStructure.adjustments);
  const lastRow = FIRST_ROW + table.rows.length - 1 + (spec.footRow === undefined ? 0 : 1);
  if (spec.footRow !== undefined) writeFootRow(sheet, spec, lastRow);
  // A page ends above the row that starts the next one.
  for (const start of printed.pageStarts.slice(1)) sheet.getRow(FIRST_ROW + start - 1).addPageBreak();
  if (spec.note !== '') {
    if (printed.noteOnNewPage) sheet.getRow(lastRow).addPageBreak();
    const r = lastRow + 2;
    sheet.mergeCells(r, 1, r, last);
    const cell = sheet.getCell(r, 1);
    cell.value = safeText(noteText(spec.note));
    cell.font = NOTE_FONT;
    cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    sheet.getRow(r).height = printed.noteLines * LINE_HEIGHT;
  }
  setUpPage(sheet, {
    titleRows: `${FIRST_ROW - HEADER_ROWS}:${FIRST_ROW - 1}`,
    frozen: { rows: FIRST_ROW - 1, columns: FIRST_COLUMN - 1 },
    footer: spec.footer,
    date: spec.date,
  });
  return printed;
}
