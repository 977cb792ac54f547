import { currentLanguage } from '../i18n/t';

/**
 * How a table is cut into printed pages, decided once for the workbook and
 * the print view so that both print alike: A4 landscape, scaled to one page
 * wide, the header rows repeated on every page, the title on the first, and
 * a page break after a fixed number of body rows. The workbook writes the
 * breaks as manual page breaks (a spreadsheet honours them when it fits to
 * one page wide and as many tall as needed); the print view starts a new
 * page at the same rows. Each page is filled a little short of full, so
 * that neither program needs a page of its own the other does not.
 *
 * Widths are in spreadsheet characters (the width of a digit of the default
 * 11 pt font, 7 px), heights in points.
 */

const A4_LANDSCAPE = { width: 841.89, height: 595.28 } as const;
/** In inches, as spreadsheets store them: room for the footer at the bottom. */
export const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.75, header: 0.3, footer: 0.3 } as const;
/** One line of the default font, and a table row of one line. */
export const LINE_HEIGHT = 15;
/** The two header rows, repeated at the top of every page. */
export const HEADER_ROWS = 2;
/** The widest a line's name gets before it wraps, in characters. */
export const MAX_NAME_WIDTH = 60;
/** Rows of room kept free on each page. */
const SLACK = 2;

const POINTS_PER_INCH = 72;

/** The longest text the footer's left part holds before it would run into "Page x of y". */
const FOOTER_TEXT = 70;
export const footerText = (text: string): string => (text.length > FOOTER_TEXT ? `${text.slice(0, FOOTER_TEXT - 1)}…` : text);

/** The date in a page's footer, in the person's language with Latin digits: "23 November 2026", "23 novembre 2026", "2026年11月23日". */
export function footerDate(date: Date): string {
  const language = currentLanguage();
  const locale = language === 'en' ? 'en-GB' : `${language}-u-nu-latn`;
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A spreadsheet column width in characters, as points on paper (7 px a character plus 5 px of padding, 0.75 pt a pixel). */
export const columnPoints = (characters: number): number => (characters * 7 + 5) * 0.75;

const printableWidth = (): number => A4_LANDSCAPE.width - (MARGINS.left + MARGINS.right) * POINTS_PER_INCH;
const printableHeight = (): number => A4_LANDSCAPE.height - (MARGINS.top + MARGINS.bottom) * POINTS_PER_INCH;

/**
 * The lines a text takes in a column so many characters wide, wrapped at
 * spaces. Counted in characters, which is generous: most letters are
 * narrower than a digit.
 */
export function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (let word of text.split(/\s+/).filter((w) => w !== '')) {
    if (used > 0 && used + 1 + word.length <= width) {
      used += 1 + word.length;
      continue;
    }
    if (used > 0) lines += 1;
    // A word wider than the column is cut where the column ends.
    for (; word.length > width; word = word.slice(width)) lines += 1;
    used = word.length;
  }
  return lines;
}

export interface PageLayoutInput {
  /** Every column's width in characters, the line labels' included. */
  readonly widths: readonly number[];
  /** How many lines each body row takes (a long name wraps). */
  readonly rowLines: readonly number[];
  /** How many lines the title block above the table takes on the first page: the eyebrow, the title, the unit line. */
  readonly titleLines: number;
  /** How many lines the note under the table takes, or 0 without a note. */
  readonly noteLines: number;
  /** The last rows (Subtotal, reduction, Total), which never begin a page without lines above them. */
  readonly tail: number;
}

export interface PageLayout {
  /** The scale that makes the table one page wide (at most 1). */
  readonly scale: number;
  /** Index of the first body row of each page. */
  readonly pageStarts: readonly number[];
  /** Whether the note under the table begins a page of its own. */
  readonly noteOnNewPage: boolean;
  /** Pages in all. */
  readonly pages: number;
}

/** Lines that go with the last rows onto their page, so that Total never stands alone under the header rows. */
const WITH_TAIL = 2;

/** Where the table's pages begin. */
export function pageLayout({ widths, rowLines, titleLines, noteLines, tail }: PageLayoutInput): PageLayout {
  const tableWidth = widths.reduce((sum, width) => sum + columnPoints(width), 0);
  const scale = Math.min(1, printableWidth() / tableWidth);
  const perPage = Math.max(1, Math.floor(printableHeight() / (LINE_HEIGHT * scale)) - HEADER_ROWS - SLACK);
  const pageStarts = [0];
  const latestStart = rowLines.length - tail - WITH_TAIL;
  let room = perPage - titleLines;
  for (let i = 0; i < rowLines.length; i++) {
    const lines = rowLines[i]!;
    if (lines > room && i > 0 && room < perPage) {
      // A break among the last rows moves up, taking a few lines with them, if the page above keeps some.
      const start = i > latestStart && latestStart > pageStarts.at(-1)! ? latestStart : i;
      pageStarts.push(start);
      room = perPage - rowLines.slice(start, i).reduce((sum, n) => sum + n, 0);
    }
    room -= lines;
  }
  // A blank row, then the note.
  const noteOnNewPage = noteLines > 0 && noteLines + 1 > room && room < perPage;
  return { scale, pageStarts, noteOnNewPage, pages: pageStarts.length + (noteOnNewPage ? 1 : 0) };
}
