import { t } from '../i18n/t';
import { formatAmount, type NumberStyle } from '../model/amount';
import { isAmountColumn, ratioIn } from '../model/columns';
import type { Plan } from '../model/plan';
import { formatPercent } from '../model/share';
import { shareOf, type Row, type Table } from '../model/table';
import { LINE_HEIGHT, MAX_NAME_WIDTH, pageLayout, wrappedLines, type PageLayout } from './pageLayout';
import { CODE_HEADING, codeHeading, codeText } from './tableCells';

/**
 * A table as it is printed, the same for the workbook's sheets and the
 * print view: each column's width from the longest text in it, the lines
 * each row takes (a long name wraps), the title's and the note's lines, and
 * so where the pages break.
 */

export interface TableText {
  readonly table: Table;
  /** Per row, per column: the figure as a person reads it. */
  readonly figures: readonly (readonly string[])[];
  readonly title: string;
  /** The line under the title: the unit, and what the table shows. */
  readonly subtitle: string;
  /** The note under the table, or empty. */
  readonly note: string;
}

export interface PrintedTable extends PageLayout {
  /** Every column's width in characters: code, name, then the figures. */
  readonly widths: readonly number[];
  readonly rowLines: readonly number[];
  /** The lines of the title, in its own larger font, and of the line under it. */
  readonly titleLines: number;
  readonly subtitleLines: number;
  readonly noteLines: number;
}

/** The title's font is larger than a table row's: its line is this high, in points. */
export const TITLE_LINE_HEIGHT = 18;

/** The rows a table always ends with: Subtotal, the reduction, Total. */
const SUMMARY_ROWS = 3;

/** Letters a column holds a line, for a width counted in digits: letters are narrower than digits, on average by a tenth. */
const letters = (width: number): number => Math.floor(width * 1.1);

/** A row's name as it sits in its column: indented by its depth. */
const indentedName = (row: Row): string => `${'  '.repeat(row.depth)}${row.name}`;

/** The note as it is printed under the table. */
export const noteText = (note: string): string => (note === '' ? '' : t('io.table.note', { note }));

export function printedTable({ table, figures, title, subtitle, note }: TableText): PrintedTable {
  // Folded, not spread: a plan of 200 000 rows would overflow the call stack as arguments.
  const longest = (texts: readonly string[], least: number) => texts.reduce((most, t) => (t.length > most ? t.length : most), least);
  // The heading as the workbook writes it or as the print view says it, whichever is longer.
  const code = longest(table.rows.map(codeText), Math.max(CODE_HEADING.length, codeHeading().length)) + 2;
  const name = Math.min(MAX_NAME_WIDTH, longest(table.rows.map(indentedName), 20)) + 2;
  const figure = table.layout.columns.map((column, k) => longest([column.subheading, ...figures.map((cells) => cells[k]!)], 6) + 3);
  const widths = [code, name, ...figure];
  const across = widths.reduce((sum, width) => sum + width, 0);
  // The title is larger than the table's text, the line under it and the note smaller.
  const titleLines = wrappedLines(title, Math.floor(letters(across) / 1.3));
  const subtitleLines = wrappedLines(subtitle, letters(across));
  const rowLines = table.rows.map((row) => wrappedLines(indentedName(row), letters(name - 2)));
  const noteLines = note === '' ? 0 : wrappedLines(noteText(note), letters(across));
  const titleBlock = 1 + Math.ceil((titleLines * TITLE_LINE_HEIGHT) / LINE_HEIGHT) + subtitleLines;
  const layout = pageLayout({ widths, rowLines, titleLines: titleBlock, noteLines, tail: SUMMARY_ROWS });
  return { ...layout, widths, rowLines, titleLines, subtitleLines, noteLines };
}

/** An Appendix table's figures as the workbook writes them: amounts in the plan's unit with its decimals, shares in per cent. */
export function appendixFigures(table: Table, plan: Pick<Plan, 'precision'>, style: NumberStyle): string[][] {
  return table.rows.map((row) =>
    table.layout.columns.map((column) => (isAmountColumn(column) ? formatAmount(column.amountOf(row), style, plan.precision) : formatPercent(ratioIn(column, row, shareOf(table, row.id)), style))),
  );
}
