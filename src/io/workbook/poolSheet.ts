import type { Cell, Worksheet } from 'exceljs';
import type { NumberStyle } from '../../model/amount';
import { amountColumns } from '../../model/compare';
import { totalOver } from '../../model/columns';
import { unitLabel } from '../../model/displayUnit';
import { TOTAL_COLUMN, type Plan } from '../../model/plan';
import { poolCells, type AmountCell } from '../../model/pool';
import { isLineRow, type Table } from '../../model/table';
import { t } from '../../i18n/t';
import { safeText } from '../safeText';
import { codeHeading } from '../tableCells';
import { cellAddress, cellNumber } from './formulas';
import { amountFormat } from './numberFormats';
import { BOLD, GRID, HEADER_FILL, LEFT, NOTE_FONT, RIGHT, TITLE_FONT, setUpPage } from './sheetStyle';

/**
 * The pooled proposals on a sheet of their own: one row per cell of the
 * baseline (each row × each amount column), its baseline figure and each
 * proposal's as numbers, then their minimum, median and maximum and how many
 * proposals raise and cut it as live formulas over the proposals' cells, with
 * the app's exact figures cached. Shares are left out: each follows from its
 * row's period total, and a spreadsheet's median of rounded shares would not
 * be the app's.
 */

export interface PoolSheetSpec {
  readonly plan: Plan;
  readonly baseline: Table;
  readonly proposals: readonly { readonly name: string; readonly table: Table }[];
  readonly style: NumberStyle;
  readonly date: Date;
  readonly withCachedValues: boolean;
}

/** The heading row; the figures start on the row after it. */
export const POOL_HEADING_ROW = 4;
/** Code, line and column come before the baseline's figure. */
const LABELS = 3;

type Value = { readonly formula: string; readonly result: number } | number | null;

function put(cell: Cell, value: Value, numFmt: string, withCachedValues: boolean): void {
  cell.value = value === null || typeof value === 'number' ? value : withCachedValues ? value : { formula: value.formula };
  cell.numFmt = numFmt;
  cell.alignment = RIGHT;
  cell.border = GRID;
}

function writeHeadings(sheet: Worksheet, spec: PoolSheetSpec, headings: readonly string[]): void {
  const titles: [string, typeof BOLD][] = [
    [t('io.pool.title', { title: spec.plan.title, count: spec.proposals.length }), TITLE_FONT],
    [t('io.pool.note', { unit: unitLabel(spec.plan, 'plan') }), NOTE_FONT],
  ];
  titles.forEach(([text, font], i) => {
    sheet.mergeCells(i + 1, 1, i + 1, headings.length);
    const cell = sheet.getCell(i + 1, 1);
    cell.value = safeText(text);
    cell.font = font;
    cell.alignment = LEFT;
  });
  sheet.getRow(2).height = 30;
  headings.forEach((heading, k) => {
    const cell = sheet.getCell(POOL_HEADING_ROW, k + 1);
    cell.value = safeText(heading);
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
    cell.border = GRID;
    cell.alignment = { ...LEFT, vertical: 'bottom' };
  });
}

/** Writes the pool onto `sheet`. */
export function writePoolSheet(sheet: Worksheet, spec: PoolSheetSpec): void {
  const { plan, baseline, withCachedValues } = spec;
  const cells = poolCells(baseline, spec.proposals.map((p) => p.table)).filter((cell): cell is AmountCell => cell.kind === 'amount');
  const n = spec.proposals.length;
  const headings = [
    codeHeading(),
    baseline.layout.lineHeading,
    t('io.pool.column'),
    t('io.pool.baseline'),
    ...spec.proposals.map((p) => p.name),
    ...(['minimum', 'median', 'maximum', 'raisedBy', 'cutBy', 'changedBy'] as const).map((key) => t(`io.pool.${key}`)),
  ];
  sheet.columns = headings.map((heading, k) => ({ width: k === 1 ? 34 : k === 0 ? 9 : Math.min(24, Math.max(11, heading.length + 2)) }));
  writeHeadings(sheet, spec, headings);
  const figures = amountFormat({ style: spec.style, precision: plan.precision, millions: false });
  // A median of an even count may carry a half of the plan's smallest unit: shown, never rounded away.
  const hasHalves = cells.some((cell) => cell.spread !== null && cell.spread.median.decimalPlaces() > plan.precision);
  const medians = amountFormat({ style: spec.style, precision: plan.precision + (hasHalves ? 1 : 0), millions: false });
  const columns = new Map(amountColumns(baseline).map((column) => [column.id, column.id === TOTAL_COLUMN ? totalOver(plan.periodLabel) : column.heading]));
  const first = LABELS + 2;
  const last = LABELS + 1 + n;
  cells.forEach((cell, i) => {
    const r = POOL_HEADING_ROW + 1 + i;
    const row = baseline.rows[baseline.index.get(cell.rowId)!]!;
    const labels = [isLineRow(row) ? row.id : '', row.name, columns.get(cell.columnId) ?? cell.columnId];
    labels.forEach((text, k) => Object.assign(sheet.getCell(r, k + 1), { value: safeText(text), border: GRID, alignment: LEFT }));
    put(sheet.getCell(r, LABELS + 1), cellNumber(cell.baseline), figures, withCachedValues);
    cell.values.forEach((value, k) => put(sheet.getCell(r, first + k), value === null ? null : cellNumber(value), figures, withCachedValues));
    const range = `${cellAddress(r, first)}:${cellAddress(r, last)}`;
    const base = cellAddress(r, LABELS + 1);
    const { spread } = cell;
    const formula = (text: string, result: number): Value => ({ formula: text, result });
    put(sheet.getCell(r, last + 1), formula(`MIN(${range})`, spread === null ? 0 : cellNumber(spread.min)), figures, withCachedValues);
    put(sheet.getCell(r, last + 2), formula(`MEDIAN(${range})`, spread === null ? 0 : cellNumber(spread.median)), medians, withCachedValues);
    put(sheet.getCell(r, last + 3), formula(`MAX(${range})`, spread === null ? 0 : cellNumber(spread.max)), figures, withCachedValues);
    put(sheet.getCell(r, last + 4), formula(`COUNTIF(${range},">"&${base})`, spread?.up ?? 0), '0', withCachedValues);
    put(sheet.getCell(r, last + 5), formula(`COUNTIF(${range},"<"&${base})`, spread?.down ?? 0), '0', withCachedValues);
    put(sheet.getCell(r, last + 6), formula(`${cellAddress(r, last + 4)}+${cellAddress(r, last + 5)}`, spread?.changed ?? 0), '0', withCachedValues);
  });
  setUpPage(sheet, { titleRows: `${POOL_HEADING_ROW}:${POOL_HEADING_ROW}`, frozen: { rows: POOL_HEADING_ROW, columns: LABELS }, footer: t('io.pool.footer', { title: plan.title }), date: spec.date });
}
