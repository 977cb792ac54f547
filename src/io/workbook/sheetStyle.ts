import type { Alignment, Border, Borders, Fill, Font, Worksheet } from 'exceljs';
import { MARGINS, footerDate } from '../pageLayout';

/**
 * How the workbook looks: the Council table's typography (bold headings and
 * totals, thin borders, a rule above Subtotal and Total), number formats,
 * and a page setup for print. Formats use the spreadsheet's own grouping
 * (`#,##0`), which each reader's spreadsheet shows with the separators of
 * its own settings: a file cannot carry the app's number style.
 */

const THIN: Border = { style: 'thin', color: { argb: 'FF808080' } };
const RULE: Border = { style: 'medium', color: { argb: 'FF000000' } };
export const GRID: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** The upper and lower halves of a heading that stands through both header rows: no rule between them. */
export const OPEN_BELOW: Partial<Borders> = { top: THIN, left: THIN, right: THIN };
export const OPEN_ABOVE: Partial<Borders> = { left: THIN, bottom: THIN, right: THIN };
/** Subtotal and Total: a rule above. */
export const RULED: Partial<Borders> = { ...GRID, top: RULE };
export const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF6' } };
export const TOTAL_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** The spreadsheet's default font, named so that a program without it substitutes one font for all cells. */
const FONT = { name: 'Calibri', family: 2 } as const;
export const BOLD: Partial<Font> = { ...FONT, size: 11, bold: true };
export const TITLE_FONT: Partial<Font> = { ...FONT, size: 13, bold: true };
export const NOTE_FONT: Partial<Font> = { ...FONT, size: 10, italic: true };

export const LEFT: Partial<Alignment> = { horizontal: 'left', vertical: 'top', wrapText: true };
export const RIGHT: Partial<Alignment> = { horizontal: 'right', vertical: 'top' };
export const CENTRED: Partial<Alignment> = { horizontal: 'center', vertical: 'bottom', wrapText: true };

/** An amount with the plan's decimals, grouped; zero written as 0, never -0. */
export function amountFormat(precision: number): string {
  const digits = precision > 0 ? `#,##0.${'0'.repeat(precision)}` : '#,##0';
  return `${digits};-${digits};${digits}`;
}
/** A difference: below zero in red, no change as a dash, as the app's Compare shows it. */
export function differenceFormat(precision: number): string {
  const digits = precision > 0 ? `#,##0.${'0'.repeat(precision)}` : '#,##0';
  return `${digits};[Red]-${digits};"–"`;
}
export const SHARE_FORMAT = '0.00%';
export const POINTS_FORMAT = '+0.00" pp";[Red]-0.00" pp";"–"';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/** The wall-clock time where the file was made, as a spreadsheet date (which has no time zone). */
export const localDate = (date: Date): Date =>
  new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()));

/** Text in a header or footer: `&` starts a code there. */
const footerText = (text: string): string => text.replace(/&/g, '&&');

export interface PrintSetup {
  /** The rows repeated on every page, e.g. `4:5`. */
  readonly titleRows: string;
  /** Frozen: rows above and columns left of the pane. */
  readonly frozen: { readonly rows: number; readonly columns: number };
  /** Left in the footer: the scenario. */
  readonly footer: string;
  readonly date: Date;
}

/** A4 landscape, one page wide, the header rows on every page, frozen panes, and a footer with the scenario, the date and "Page x of y". */
export function setUpPage(sheet: Worksheet, setup: PrintSetup): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    // As many pages tall as the rows need: the page breaks written with the rows decide where.
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { ...MARGINS },
    printTitlesRow: setup.titleRows,
  };
  sheet.headerFooter = {
    oddFooter: `&L&8${footerText(setup.footer)}&C&8${footerText(footerDate(setup.date))}&R&8Page &P of &N`,
  };
  sheet.views = [{ state: 'frozen', xSplit: setup.frozen.columns, ySplit: setup.frozen.rows }];
}
