import * as XLSX from 'xlsx';
import { Dec, type Amount, type NumberStyle } from '../model/amount';
import { describeOperation } from '../model/describe';
import { headerBands, isAmountColumn, type TableColumn } from '../model/columns';
import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_COLUMN, TOTAL_ID, type Plan } from '../model/plan';
import type { Replay } from '../model/proposal';
import type { Scenario } from '../model/scenario';
import { rowOf, type Row, type Table } from '../model/table';
import { safeText } from './safeText';

/**
 * The Appendix A workbook: one sheet per chosen scenario in the document's
 * layout, where every derived figure is a live formula (biennium and period
 * totals, groups, Subtotal, Total, shares) written with its cached value, and
 * only the yearly inputs are plain numbers; then a Comparison sheet per
 * scenario against the baseline, a Proposal sheet and a Notes sheet.
 *
 * Numbers leave the Decimal world here, as IEEE doubles: amounts are capped at
 * 15 significant digits (see amount.ts), which a double holds exactly.
 */

export interface SheetSource {
  /** The scenario, or null for the published baseline. */
  readonly scenario: Scenario | null;
  readonly replay: Replay;
}

export interface WorkbookRequest {
  readonly plan: Plan;
  readonly baseline: Replay;
  /** The scenarios to export, each on its own sheet (the baseline is always the first sheet). */
  readonly scenarios: readonly SheetSource[];
  readonly style: NumberStyle;
  readonly exportedAt: Date;
  readonly appVersion: string;
  /** Cached values let viewers that do not compute show the figures; off only to test a spreadsheet's own recomputation. */
  readonly withCachedValues?: boolean;
}

export const BASELINE_SHEET = 'Published baseline';
const AMOUNT_FORMAT = '#,##0;-#,##0;0';
const SHARE_FORMAT = '0.00%';
const POINTS_FORMAT = '+0.00" pp";-0.00" pp";0.00" pp"';
/** First row (0-based) of the table's body: title, unit, a blank row and two header rows come before. */
const FIRST_ROW = 5;
const FIRST_COLUMN = 2;

const address = (row: number, column: number) => XLSX.utils.encode_cell({ r: row, c: column });
const columnLetter = (column: number) => XLSX.utils.encode_col(column);
const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
const toNumber = (value: Amount) => Number(value.toFixed());

/** A sheet name Excel accepts (31 characters, none of []:*?/\), unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = (wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet').slice(0, 31);
  let name = base;
  for (let n = 2; [...taken].some((t) => t.toLowerCase() === name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(name);
  return name;
}

type Sheet = XLSX.WorkSheet;

function put(sheet: Sheet, row: number, column: number, cell: XLSX.CellObject): void {
  sheet[address(row, column)] = cell;
}

function text(sheet: Sheet, row: number, column: number, value: string): void {
  put(sheet, row, column, { t: 's', v: safeText(value) });
}

function label(row: Row): { code: string; name: string } {
  return row.kind === 'line' || row.kind === 'group' ? { code: row.id, name: row.name } : { code: '', name: row.name };
}

/** Where each row of the table sits on an Appendix sheet. */
function rowPositions(table: Table): Map<string, number> {
  return new Map(table.rows.map((row, i) => [row.id, FIRST_ROW + i]));
}

/** Title, unit, and the two header rows: a group's heading merged over its columns, each column's own heading below. */
function writeHeader(sheet: Sheet, columns: readonly TableColumn[], title: string, subtitle: string): XLSX.Range[] {
  const last = FIRST_COLUMN + columns.length - 1;
  text(sheet, 0, 0, title);
  text(sheet, 1, 0, subtitle);
  text(sheet, 4, 0, 'Code');
  text(sheet, 4, 1, 'Line');
  const merges: XLSX.Range[] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: last } },
    { s: { r: 1, c: 0 }, e: { r: 1, c: last } },
  ];
  columns.forEach((column, i) => text(sheet, 4, FIRST_COLUMN + i, column.heading));
  let c = FIRST_COLUMN;
  for (const { group, columns: banded } of headerBands(columns)) {
    if (group !== null) {
      text(sheet, 3, c, group.heading);
      merges.push({ s: { r: 3, c }, e: { r: 3, c: c + banded.length - 1 } });
    }
    c += banded.length;
  }
  return merges;
}

/** A SUM over one row's cells in the given sheet columns: a range where they are side by side. */
function sumAcross(columns: readonly number[], r: number): string {
  const sorted = [...columns].sort((x, y) => x - y);
  const isRange = sorted.length > 1 && sorted.every((c, i) => i === 0 || c === sorted[i - 1]! + 1);
  if (isRange) return `SUM(${columnLetter(sorted[0]!)}${r + 1}:${columnLetter(sorted.at(-1)!)}${r + 1})`;
  return `SUM(${sorted.map((c) => `${columnLetter(c)}${r + 1}`).join(',')})`;
}

/** An input column's cell on each kind of row: typed on lines and the reduction (no formula), else the sum of the rows it adds up. */
function inputFormula(table: Table, positions: ReadonlyMap<string, number>): (row: Row, c: number) => string | null {
  const childrenOf = new Map<string, string[]>();
  for (const row of table.rows) {
    const parent = row.ancestors[0];
    if (parent !== undefined) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), row.id]);
  }
  const topLevel = table.rows.filter((row) => (row.kind === 'line' || row.kind === 'group') && row.ancestors.length === 0).map((row) => row.id);
  const cells = (ids: readonly string[], c: number) => ids.map((id) => `${columnLetter(c)}${positions.get(id)! + 1}`);
  return (row, c) => {
    switch (row.kind) {
      case 'line':
      case 'reduction':
        return null;
      case 'group':
        return `SUM(${cells(childrenOf.get(row.id) ?? [], c).join(',')})`;
      case 'subtotal':
        return `SUM(${cells(topLevel, c).join(',')})`;
      case 'total':
        return cells([SUBTOTAL_ID, REDUCTION_ID], c).join('+');
    }
  };
}

/** One Appendix A sheet: inputs as numbers, everything derived as a formula with its cached value. */
function appendixSheet(replay: Replay, title: string, subtitle: string, withCached: boolean): Sheet {
  const { table } = replay;
  const { columns } = table.layout;
  const sheet: Sheet = {};
  const merges = writeHeader(sheet, columns, title, subtitle);
  const positions = rowPositions(table);
  // Where each year's typed figures are, for the columns that sum years.
  const yearColumn = new Map(columns.flatMap((column, i) => (isAmountColumn(column) && column.isInput ? [[column.sums[0]!, FIRST_COLUMN + i] as const] : [])));
  const formulaOfInput = inputFormula(table, positions);
  const totalColumn = columnLetter(FIRST_COLUMN + columns.findIndex((column) => column.id === TOTAL_COLUMN));
  const totalRow = positions.get(TOTAL_ID)! + 1;
  const whole = rowOf(table, TOTAL_ID).total;
  const formula = (row: number, column: number, f: string, value: number, z: string) =>
    put(sheet, row, column, withCached ? { t: 'n', f, v: value, z } : { t: 'n', f, z } as XLSX.CellObject);

  table.rows.forEach((row) => {
    const r = positions.get(row.id)!;
    const { code, name } = label(row);
    text(sheet, r, 0, code);
    text(sheet, r, 1, name);
    columns.forEach((column, i) => {
      const c = FIRST_COLUMN + i;
      if (!isAmountColumn(column)) {
        const value = whole.isZero() ? 0 : row.total.div(whole).toNumber();
        formula(r, c, `IF(${totalColumn}$${totalRow}=0,0,${totalColumn}${r + 1}/${totalColumn}$${totalRow})`, value, SHARE_FORMAT);
        return;
      }
      const value = toNumber(column.amountOf(row));
      const f = column.isInput ? formulaOfInput(row, c) : sumAcross(column.sums.map((y) => yearColumn.get(y)!), r);
      if (f === null) put(sheet, r, c, { t: 'n', v: value, z: AMOUNT_FORMAT });
      else formula(r, c, f, value, AMOUNT_FORMAT);
    });
  });
  const lastRow = FIRST_ROW + table.rows.length - 1;
  const lastColumn = FIRST_COLUMN + columns.length - 1;
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: lastRow, c: lastColumn } });
  sheet['!merges'] = merges;
  sheet['!cols'] = [{ wch: 8 }, { wch: 46 }, ...columns.map((column) => ({ wch: column.kind === 'share' ? 9 : 11 }))];
  return sheet;
}

/** A scenario against the baseline: each amount's difference, and each share's in percentage points, as formulas over the two sheets. */
function comparisonSheet(plan: Plan, a: Replay, b: Replay, aSheet: string, bSheet: string, title: string, withCached: boolean): Sheet {
  const { columns } = a.table.layout;
  const sheet: Sheet = {};
  const merges = writeHeader(sheet, columns, title, `Differences in ${plan.unit}; shares in percentage points`);
  const positions = rowPositions(a.table);
  const totalA = a.table.rows[a.table.index.get(TOTAL_ID)!]!.total;
  const totalB = b.table.rows[b.table.index.get(TOTAL_ID)!]!.total;
  // Rows are paired by id, not position: a scenario may have rows (outcomes) the baseline has not.
  const positionsB = rowPositions(b.table);
  a.table.rows.forEach((row) => {
    const r = positions.get(row.id)!;
    const rowB = positionsB.get(row.id);
    const other = rowB === undefined ? undefined : b.table.rows[b.table.index.get(row.id)!]!;
    const { code, name } = label(row);
    text(sheet, r, 0, code);
    text(sheet, r, 1, name);
    columns.forEach((column, k) => {
      const c = FIRST_COLUMN + k;
      const refA = `${quoteSheet(aSheet)}!${columnLetter(c)}${r + 1}`;
      const refB = rowB === undefined ? null : `${quoteSheet(bSheet)}!${columnLetter(c)}${rowB + 1}`;
      const share = (part: Amount, whole: Amount) => (whole.isZero() ? new Dec(0) : part.div(whole));
      if (!isAmountColumn(column)) {
        const value = share(row.total, totalA).minus(other ? share(other.total, totalB) : new Dec(0)).times(100);
        const f = refB === null ? `${refA}*100` : `(${refA}-${refB})*100`;
        put(sheet, r, c, withCached ? { t: 'n', f, v: value.toNumber(), z: POINTS_FORMAT } : ({ t: 'n', f, z: POINTS_FORMAT } as XLSX.CellObject));
        return;
      }
      const value = other ? column.amountOf(row).minus(column.amountOf(other)) : column.amountOf(row);
      const f = refB === null ? refA : `${refA}-${refB}`;
      put(sheet, r, c, withCached ? { t: 'n', f, v: toNumber(value), z: AMOUNT_FORMAT } : ({ t: 'n', f, z: AMOUNT_FORMAT } as XLSX.CellObject));
    });
  });
  const lastRow = FIRST_ROW + a.table.rows.length - 1;
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: lastRow, c: FIRST_COLUMN + columns.length - 1 } });
  sheet['!merges'] = merges;
  sheet['!cols'] = [{ wch: 8 }, { wch: 46 }, ...columns.map(() => ({ wch: 11 }))];
  return sheet;
}

function proposalSheet(plan: Plan, sources: readonly SheetSource[], style: NumberStyle): Sheet {
  const rows: string[][] = [['Scenario', '#', 'Change', 'Rationale', 'Made', 'Applied']];
  for (const { scenario, replay } of sources) {
    if (scenario === null) continue;
    if (scenario.entries.length === 0) rows.push([scenario.name, '', 'No changes: equals the published baseline', '', '', '']);
    scenario.entries.forEach((entry, i) => {
      const failure = replay.failures.get(entry.id);
      rows.push([
        scenario.name,
        String(i + 1),
        describeOperation(entry.operation, plan, style),
        entry.rationale,
        entry.at,
        !entry.enabled ? 'switched off' : failure ? `not applied: ${failure}` : 'yes',
      ]);
    });
  }
  const sheet = XLSX.utils.aoa_to_sheet(rows.map((row) => row.map(safeText)));
  sheet['!cols'] = [{ wch: 24 }, { wch: 4 }, { wch: 80 }, { wch: 50 }, { wch: 22 }, { wch: 14 }];
  return sheet;
}

function notesSheet(request: WorkbookRequest): Sheet {
  const { plan } = request;
  const rows = [
    ['Linkage calculator – notes'],
    [],
    ['Table', plan.title],
    ['Source document', plan.source],
    ['Plan id', plan.id],
    ['Unit', plan.unit],
    ['Envelope', `${request.baseline.state.envelope.total.toFixed()} ${plan.unit}`],
    ['Exported', request.exportedAt.toISOString()],
    ['App version', request.appVersion],
    [],
    ['How figures are computed'],
    ['Inputs', `The yearly amounts of each line and of the ${plan.reduction.name.toLowerCase()} are plain numbers; every other figure on the scenario sheets is a formula.`],
    ['Totals', 'A biennium is the sum of its years; the period total the sum of all years; a group the sum of its lines; Subtotal the sum of the lines; Total = Subtotal + reduction.'],
    ['Shares', "Each row's period total divided by the Total's, kept exact and rounded half-up to two decimals only for display."],
    ['Precision', plan.precision === 0 ? `Amounts are whole ${plan.unit}.` : `Amounts carry ${plan.precision} decimal places.`],
    ['Apportionment', 'Where an operation splits an amount, parts are apportioned by largest remainder, ties to the line or year that comes first, so every promised total holds exactly.'],
    ['Text', "Text that a spreadsheet could take for a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe."],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows.map((row) => row.map((cell) => safeText(cell))));
  sheet['!cols'] = [{ wch: 24 }, { wch: 110 }];
  return sheet;
}

/** The workbook for the request, ready to be written. */
export function buildWorkbook(request: WorkbookRequest): XLSX.WorkBook {
  const { plan, baseline, style } = request;
  const withCached = request.withCachedValues ?? true;
  const workbook = XLSX.utils.book_new();
  const taken = new Set<string>(['Proposal', 'Notes']);
  const title = `Appendix A – ${plan.title}`;
  const baselineName = sheetName(BASELINE_SHEET, taken);
  XLSX.utils.book_append_sheet(workbook, appendixSheet(baseline, title, `${plan.unit} – published baseline`, withCached), baselineName);
  const scenarios = request.scenarios.filter((source) => source.scenario !== null);
  const named = scenarios.map((source) => ({ source, name: sheetName(source.scenario!.name, taken) }));
  for (const { source, name } of named) {
    XLSX.utils.book_append_sheet(workbook, appendixSheet(source.replay, title, `${plan.unit} – scenario “${source.scenario!.name}”`, withCached), name);
  }
  for (const { source, name } of named) {
    const comparison = sheetName(`Δ ${source.scenario!.name}`, taken);
    XLSX.utils.book_append_sheet(
      workbook,
      comparisonSheet(plan, source.replay, baseline, name, baselineName, `“${source.scenario!.name}” against the published baseline`, withCached),
      comparison,
    );
  }
  if (scenarios.length > 0) XLSX.utils.book_append_sheet(workbook, proposalSheet(plan, scenarios, style), 'Proposal');
  XLSX.utils.book_append_sheet(workbook, notesSheet(request), 'Notes');
  return workbook;
}

/** The .xlsx file's bytes. */
export function workbookBytes(workbook: XLSX.WorkBook): Uint8Array<ArrayBuffer> {
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
