import type { Alignment, Border, Borders, Fill, Font, Worksheet } from 'exceljs';
import { isRightToLeft } from '../../i18n/languages';
import { currentLanguage, t } from '../../i18n/t';
import { MARGINS, footerDate, footerText } from '../pageLayout';

/**
 * How the workbook looks: the Council table's typography (bold headings and
 * totals, thin borders, a rule above Subtotal and Total), number formats,
 * and a page setup for print (number formats: numberFormats.ts).
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
export const ITALIC: Partial<Font> = { ...FONT, size: 11, italic: true };
export const TITLE_FONT: Partial<Font> = { ...FONT, size: 13, bold: true };
export const NOTE_FONT: Partial<Font> = { ...FONT, size: 10, italic: true };

export const LEFT: Partial<Alignment> = { horizontal: 'left', vertical: 'top', wrapText: true };
export const RIGHT: Partial<Alignment> = { horizontal: 'right', vertical: 'top' };
export const CENTRED: Partial<Alignment> = { horizontal: 'center', vertical: 'bottom', wrapText: true };


/** The wall-clock time where the file was made, as a spreadsheet date (which has no time zone). */
export const localDate = (date: Date): Date =>
  new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()));

/**
 * A part of the footer: in small type, `&` doubled (it starts a code). The
 * size code (`&8`) would swallow digits that follow it (`&823 November`):
 * the font code after it (`&"-,Regular"`, the same font) ends it.
 */
function footerPart(text: string): string {
  return `&8&"-,Regular"${footerText(text).replace(/&/g, '&&')}`;
}

/** "Page x of y" in the person's language, the spreadsheet's codes for the page (`&P`) and the pages (`&N`) in place of the figures. */
function pageOf(): string {
  const [page, pages] = ['\u0001', '\u0002'];
  return footerPart(t('io.sheet.page', { page, pages })).replace(page, '&P').replace(pages, '&N');
}

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
    oddFooter: `&L${footerPart(setup.footer)}&C${footerPart(footerDate(setup.date))}&R${pageOf()}`,
  };
  const rightToLeft = isRightToLeft(currentLanguage());
  sheet.views = [{ state: 'frozen', xSplit: setup.frozen.columns, ySplit: setup.frozen.rows, ...(rightToLeft ? { rightToLeft } : {}) }];
  if (rightToLeft) mirror(sheet);
}

/**
 * A sheet in a language written right to left, mirrored as the page is: its
 * columns run from the right (the view), text aligned to the right and
 * figures to the left. Merged cells share one style: each is turned once.
 */
function mirror(sheet: Worksheet): void {
  const turned = new Set<object>();
  sheet.eachRow((row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const { horizontal } = cell.alignment ?? {};
      if (turned.has(cell.style) || (horizontal !== 'left' && horizontal !== 'right')) return;
      turned.add(cell.style);
      cell.alignment = { ...cell.alignment, horizontal: horizontal === 'left' ? 'right' : 'left' };
    }),
  );
}
