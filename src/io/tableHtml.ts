import { headerBands, isAmountColumn, ratioIn, type TableColumn } from '../model/columns';
import { shownScale, toShown } from '../model/displayUnit';
import { percentHalfUp } from '../model/share';
import type { Layout, RowKind, Table } from '../model/table';
import { columnPoints } from './pageLayout';
import { appendixFigures, printedTable } from './printedTable';
import { codeHeading, codeText, shownRows, shownText, type Shown, type ShownRow } from './tableCells';

/**
 * The table, or a block of its cells, as HTML for the clipboard: what Word,
 * LibreOffice Writer and e-mail programs paste as a table. They ignore
 * stylesheets, so every cell carries its style inline: thin borders, bold
 * centred headings, figures right-aligned as the grid shows them (number
 * style, unit), Subtotal and Total bold under a heavier rule, the reduction
 * plain with its minus signs, as the print view and the workbook have them. Excel prefers this HTML to the
 * text beside it, so figure cells also carry its attributes: `x:num`, the
 * figure exactly in the unit shown, and `mso-number-format`, so that they
 * paste as numbers shown as here; labels carry `x:str`, text whatever they
 * look like.
 */

const BORDER = '1px solid #000000';
const CELL = `border:${BORDER}`;
const PAD = 'padding:2pt 4pt';
const HEAD = `${CELL};${PAD};font-weight:bold;text-align:center;vertical-align:middle`;
const FIGURE = 'text-align:right;white-space:nowrap';
/** Above Subtotal and Total, as the document rules them off from the lines they add up. */
const RULE = 'border-top:2px solid #000000';

const ROW_STYLE: Record<RowKind, string> = {
  line: '',
  memo: 'font-style:italic',
  group: 'font-weight:bold',
  subtotal: `font-weight:bold;${RULE}`,
  reduction: '',
  total: `font-weight:bold;${RULE}`,
};

const style = (...parts: string[]) => parts.filter((part) => part !== '').join(';');

/**
 * A figure that no word processor breaks across lines: its grouping spaces
 * made no-break spaces (`57 023` stays whole in a narrow column; Writer and
 * Word ignore `white-space: nowrap`).
 */
const unbroken = (text: string): string => text.replace(/ /g, '\u00a0');

/** Text for an element's content or a double-quoted attribute: names come from files people send. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Excel's format code, escaped as it writes them in HTML: `#,##0`, `#,##0.0`, `0.00%` (Excel shows its own locale's marks). */
const excelFormat = (code: string) => code.replace(/[#,.]/g, (c) => `\\${c}`);

/** The figure as Excel should hold it: exactly, in the unit shown, a share as a fraction (36.07 % is 0.3607), or null for a share of nothing. */
function excelNumber({ row, share }: ShownRow, column: TableColumn, shown: Shown): { value: string; format: string } | null {
  if (isAmountColumn(column)) {
    const scale = shownScale(shown.plan, shown.displayUnit);
    const value = toShown(column.amountOf(row), shown.plan, shown.displayUnit).toFixed();
    return { value, format: excelFormat(scale > 0 ? `#,##0.${'0'.repeat(scale)}` : '#,##0') };
  }
  // The share rounded far beyond what is shown: the exact fraction may never end.
  const percent = percentHalfUp(ratioIn(column, row, share), 10);
  return percent === null ? null : { value: percent.div(100).toFixed(), format: excelFormat('0.00%') };
}

function figureCell(shownRow: ShownRow, column: TableColumn, shown: Shown): string {
  const number = excelNumber(shownRow, column, shown);
  const excel = number === null ? ' x:str' : ` x:num="${number.value}"`;
  const css = style(CELL, PAD, FIGURE, ROW_STYLE[shownRow.row.kind], number === null ? '' : `mso-number-format:'${number.format}'`);
  return `<td${excel} style="${css}">${escapeHtml(unbroken(shownText(shownRow, column, shown)))}</td>`;
}

function labelCells({ row }: ShownRow): string {
  const rowStyle = ROW_STYLE[row.kind];
  // A group's parts are indented under it, as in the grid and the print view: a reader must not add them to it.
  const indent = `padding:2pt 4pt 2pt ${4 + 12 * Math.min(row.depth, 4)}pt`;
  return (
    `<td x:str style="${style(CELL, PAD, 'white-space:nowrap', rowStyle)}">${escapeHtml(codeText(row))}</td>` +
    `<td x:str style="${style(CELL, indent, rowStyle)}">${escapeHtml(row.name)}</td>`
  );
}

/**
 * The two header rows of the print view: a biennium's heading over its years
 * and its "Total", every column that stands alone (and the labels) through
 * both; one row when no column is under another's heading.
 */
function headRows({ columns, lineHeading }: Layout): string {
  const isTwoRows = columns.some((column) => column.group !== null);
  const th = (text: string, span = '') => `<th${span} x:str style="${HEAD}">${escapeHtml(text)}</th>`;
  const through = isTwoRows ? ' rowspan="2"' : '';
  const upper = headerBands(columns).map(({ group, columns: banded }) =>
    group === null ? th(banded[0]!.heading, through) : th(group.heading, ` colspan="${banded.length}"`),
  );
  const lower = columns.filter((column) => column.group !== null).map((column) => th(column.subheading));
  const rows = [`<tr>${th(codeHeading(), through)}${th(lineHeading, through)}${upper.join('')}</tr>`];
  if (isTwoRows) rows.push(`<tr>${lower.join('')}</tr>`);
  return `<thead>\n${rows.join('\n')}\n</thead>`;
}

const TABLE_OPEN = `<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:${BORDER}">`;

/** The columns' widths, in per cent of the page: as the workbook and the print view size them (io/printedTable.ts). */
function columnWidths(table: Table, shown: Shown): string {
  const { widths } = printedTable({ table, figures: appendixFigures(table, shown.plan, shown.style), title: '', subtitle: '', note: '' });
  const points = widths.map(columnPoints);
  const whole = points.reduce((sum, width) => sum + width, 0);
  return `<colgroup>${points.map((width) => `<col width="${Math.round((width / whole) * 1000) / 10}%">`).join('')}</colgroup>`;
}

/**
 * As browsers put a selection on the clipboard: a document whose fragment
 * lies between the markers Windows' HTML format needs, with the namespace
 * that Excel's attributes are in.
 */
function htmlDocument(fragment: string): string {
  return [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">',
    '<head><meta charset="utf-8"></head>',
    `<body>\n<!--StartFragment-->${fragment}<!--EndFragment-->\n</body>`,
    '</html>',
  ].join('\n');
}

/** The whole table: its title and unit line, the two header rows, and every row with its code, name and figures. */
export function tableHtml(table: Table, shown: Shown, caption: { readonly title: string; readonly subtitle: string }): string {
  const { columns } = table.layout;
  const body = shownRows(table).map((shownRow) => `<tr>${labelCells(shownRow)}${columns.map((column) => figureCell(shownRow, column, shown)).join('')}</tr>`);
  return htmlDocument(
    [
      `<p style="margin:0 0 2pt 0;font-weight:bold">${escapeHtml(caption.title)}</p>`,
      `<p style="margin:0 0 6pt 0">${escapeHtml(caption.subtitle)}</p>`,
      TABLE_OPEN.replace('style="', 'width="100%" style="width:100%;'),
      columnWidths(table, shown),
      headRows(table.layout),
      `<tbody>\n${body.join('\n')}\n</tbody>`,
      '</table>',
    ].join('\n'),
  );
}

/** A block of cells, the same shape as its tab-separated text (rows × columns, no headings), styled as in the whole table. */
export function blockHtml(rows: readonly ShownRow[], columns: readonly TableColumn[], shown: Shown): string {
  const body = rows.map((shownRow) => `<tr>${columns.map((column) => figureCell(shownRow, column, shown)).join('')}</tr>`);
  return htmlDocument([TABLE_OPEN, `<tbody>\n${body.join('\n')}\n</tbody>`, '</table>'].join('\n'));
}
