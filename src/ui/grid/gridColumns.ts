import type { CellClassRules, ColDef, ColGroupDef, EditableCallbackParams, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { Dec, type Amount, type NumberStyle } from '../../model/amount';
import { formatShown, type DisplayUnit } from '../../model/displayUnit';
import { headerBands, isAmountColumn, tableColumns, type AmountColumn, type RatioColumn, ratioIn, type TableColumn } from '../../model/columns';
import { TOTAL_ID, isGroup, type Plan, type PlanLine } from '../../model/plan';
import { formatPercent, ratioEquals, type Ratio } from '../../model/share';
import { currentLanguage, t } from '../../i18n/t';
import { isRightToLeft } from '../../i18n/languages';
import { NameCell } from './NameCell';
import { figureEditorParams } from './committedEdit';
import type { GridRow, NameValue, SelectionContext } from './gridRow';
import { columnShareOf, isInputRow, isLineRow, rowCopy, rowOf, shareOf, type Table } from '../../model/table';

const NOTHING: ReadonlySet<string> = new Set();
/** The id of the row of column shares, which is no row of the table. */
export const COLUMN_SHARE_ROW = 'column-share';

/** Marks that follow the data: a figure that differs from the compared scenario, a figure that breaks a rule of validity. */
function cellMarks(colId: string): CellClassRules<GridRow> {
  return {
    'cell-changed': (params) => params.data?.changed.has(colId) ?? false,
    'cell-breach': (params) => params.data?.flagged.has(colId) ?? false,
    'cell-selected': (params) => (params.context as SelectionContext | undefined)?.cells.has(`${params.data?.row.id}|${colId}`) ?? false,
  };
}

type Column = ColDef<GridRow> | ColGroupDef<GridRow>;

/** The longest of the lines' codes, in characters, which the code column is as wide as: asked again at each edit, so a loop (walkLines' generator took 5 ms over 20 000 lines). */
export const longestCodeOf = (lines: readonly PlanLine[]): number =>
  lines.reduce((longest, line) => Math.max(longest, line.code.length, isGroup(line) ? longestCodeOf(line.children) : 0), 0);

/** Yearly cells of lines, of groups (passed on to their unlocked lines in proportion) and of the reduction. */
const isInput = (params: EditableCallbackParams<GridRow>) =>
  params.data !== undefined && (isInputRow(params.data.row) || params.data.row.kind === 'group');

/**
 * A row's figure for a column, or nothing where the row is not of the
 * column's plan: when another plan opens, the grid may take its columns a
 * moment before its rows, and a change column reading a year the old row
 * does not have would otherwise stop the whole page.
 */
function readable<T>(read: () => T): T | null {
  try {
    return read() ?? null;
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}

const isRatio = (value: unknown): value is Ratio => typeof value === 'object' && value !== null && 'part' in value && 'whole' in value;

/**
 * Whether a cell's figure is the same from one edit to the next: rows are new
 * objects at each edit, and so are their Decimals; the same figure is neither
 * drawn again nor flashed.
 */
export const sameFigure = (a: unknown, b: unknown): boolean => (Dec.isDecimal(a) && Dec.isDecimal(b) ? a.eq(b) : isRatio(a) && isRatio(b) ? ratioEquals(a, b) : a === b);

/** The row under Total of a table of categories: each column's share of the whole (Total's own share, 100 %, in the share column). */
export function columnShareRow(table: Table): GridRow {
  const total = rowOf(table, TOTAL_ID);
  const shares = new Map(table.layout.columns.filter((column) => isAmountColumn(column) && column.kind !== 'change').map((column) => [column.id, columnShareOf(table, column.id)]));
  return { row: rowCopy(total, { id: COLUMN_SHARE_ROW, name: t('app.grid.columnShare') }), share: shareOf(table, TOTAL_ID), changed: NOTHING, flagged: NOTHING, isLocked: false, columnShares: shares };
}

function amountColumn(column: AmountColumn, format: (value: Amount) => string, percent: (ratio: Ratio) => string, style: NumberStyle): ColDef<GridRow> {
  const { isInput: isYear } = column;
  return {
    colId: column.id,
    headerName: column.heading,
    // The least width a figure of the plan needs: a wider one (an absurd
    // figure) widens its column (see useColumnFit), it is never cut.
    // A period as input (a biennium: "2024-2025") is headed as widely as a sum.
    width: isYear && column.heading.length <= 4 ? 80 : 96,
    minWidth: isYear && column.heading.length <= 4 ? 80 : 96,
    cellDataType: false,
    valueGetter: (params: ValueGetterParams<GridRow>) =>
      params.data === undefined ? null : params.data.columnShares ? (params.data.columnShares.get(column.id) ?? null) : readable(() => column.amountOf(params.data!.row)),
    equals: sameFigure,
    // While an edit is being committed the grid may format the typed text itself.
    valueFormatter: (params: ValueFormatterParams<GridRow, Amount | Ratio | null>) =>
      Dec.isDecimal(params.value) ? format(params.value) : isRatio(params.value) ? percent(params.value) : String(params.value ?? ''),
    editable: isYear ? isInput : false,
    cellEditorParams: figureEditorParams(format, style),
    cellClass: ['ag-right-aligned-cell', 'amount', isYear ? 'year-cell' : 'derived-cell'],
    cellClassRules: cellMarks(column.id),
    headerClass: ['ag-right-aligned-header', isYear ? 'year-header' : 'derived-header'],
    // A category's heading ("Radiocommunication Sector") wraps onto more lines rather than being cut.
    ...(column.heading.length > 10 ? { wrapHeaderText: true, autoHeaderHeight: true } : {}),
    // A cell flashes when its figure changes, the yearly ones of Subtotal and Total included.
    enableCellChangeFlash: true,
  };
}

/** A share, or a change in per cent: a ratio of the row's figures, shown to the hundredth. */
function ratioColumn(column: RatioColumn, style: NumberStyle): ColDef<GridRow> {
  return {
    colId: column.id,
    headerName: column.heading,
    // Wide enough for its heading ("Variance %"), as a share's "In %" is.
    width: Math.max(82, column.heading.length * 9 + 16),
    minWidth: Math.max(82, column.heading.length * 9 + 16),
    cellDataType: false,
    valueGetter: (params: ValueGetterParams<GridRow>) =>
      params.data === undefined || (params.data.columnShares !== undefined && column.kind !== 'share') ? null : readable(() => ratioIn(column, params.data!.row, params.data!.share)),
    // The same share as shown (to the hundredth) is no change: it neither flashes nor is drawn again.
    equals: (a: Ratio | null, b: Ratio | null) => a === b || (a !== null && b !== null && (ratioEquals(a, b) || formatPercent(a, style) === formatPercent(b, style))),
    valueFormatter: (params: ValueFormatterParams<GridRow, Ratio | null>) => (params.value ? formatPercent(params.value, style) : ''),
    cellClass: ['ag-right-aligned-cell', 'amount', 'share-cell'],
    cellClassRules: cellMarks(column.id),
    headerClass: ['ag-right-aligned-header', 'derived-header'],
    enableCellChangeFlash: true,
  };
}

/** Where the code and the name are pinned: where lines are read from (AG Grid's right-to-left mode leaves a column pinned left on the left). */
export const labelSide = (): 'left' | 'right' => (isRightToLeft(currentLanguage()) ? 'right' : 'left');

/** The code and the name, pinned where a line is read from; new objects on each call, since the grid keeps what it is given. */
const labelColumns = (lineHeading: string, longestCode: number, wrapsNames: boolean): Column[] => [
  {
    colId: 'code',
    headerName: t('app.grid.code'),
    // As wide as the longest code (a code is typed in the operation form: "L00001" must be read whole) and its heading ("Código").
    width: Math.max(56, 20 + 9 * longestCode, 24 + 8 * t('app.grid.code').length),
    pinned: labelSide(),
    valueGetter: (params) => {
      const row = params.data?.row;
      return row && isLineRow(row) ? row.id : '';
    },
    cellClass: 'code-cell',
  },
  {
    colId: 'name',
    headerName: lineHeading,
    // Sized to what the figures leave (see useColumnFit); a long name wraps rather than being cut.
    width: 300,
    pinned: labelSide(),
    wrapText: true,
    // Rows grow to their names only where a name can wrap (namesMayWrap.ts): measuring every row drawn is what scrolling cost.
    autoHeight: wrapsNames,
    // The value says whether the row is a group too, so that a line broken
    // down into outcomes gets its show/hide button although its name is the same.
    valueGetter: (params): NameValue | null =>
      params.data ? { text: params.data.isLocked ? t('app.grid.locked', { name: params.data.row.name }) : params.data.row.name, isGroup: params.data.row.kind === 'group' } : null,
    equals: (a: NameValue | null, b: NameValue | null) => a?.text === b?.text && a?.isGroup === b?.isGroup,
    valueFormatter: (params) => (params.value as NameValue | null)?.text ?? '',
    cellClass: (params) => ['name-cell', `depth-${Math.min(params.data?.row.depth ?? 0, 4)}`],
    // A group's name has its button; a line's is text, drawn by the grid itself: a React renderer in every row
    // drawn is what scrolling a long plan of lines cost most.
    cellRendererSelector: (params) => ((params.value as NameValue | null)?.isGroup ? { component: NameCell } : undefined),
    cellDataType: false,
  },
];

/**
 * The grid's columns: the code and the name, then the plan's table columns
 * (see model/columns.ts), a header group per biennium over its years and its
 * total. Column ids are the table's: the years, the biennium ids, `total`, `share`.
 */
export function buildColumns(plan: Plan, style: NumberStyle, displayUnit: DisplayUnit, longestCode = 4, wrapsNames = true): Column[] {
  const format = (value: Amount) => formatShown(value, plan, style, displayUnit);
  const percent = (ratio: Ratio) => formatPercent(ratio, style);
  const gridColumn = (column: TableColumn) => (isAmountColumn(column) ? amountColumn(column, format, percent, style) : ratioColumn(column, style));
  const bands = headerBands(tableColumns(plan)).map(({ group, columns }): Column =>
    group === null
      ? gridColumn(columns[0]!)
      : { groupId: `group-${group.id}`, headerName: group.heading, headerClass: 'biennium-header', children: columns.map(gridColumn) },
  );
  return [...labelColumns(plan.lineHeading, longestCode, wrapsNames), ...bands];
}
