import { ZERO, type Amount } from './amount';
import { isAmountColumn, summingColumns, tableColumns, type AmountColumn, type RowAmounts, type TableColumn } from './columns';
import {
  REDUCTION_ID,
  SHARE_COLUMN,
  SUBTOTAL_ID,
  TOTAL_ID,
  checkedPlan,
  isGroup,
  isMemo,
  walkLines,
  type PlanLine,
  type Plan,
} from './plan';
import type { Ratio } from './share';

/**
 * The computed Appendix A table. Inputs are the yearly amounts of leaf lines
 * and of the reduction; everything else is derived:
 *
 *   group year      = Σ its children's year
 *   biennium        = Σ its years            (per row)
 *   period total    = Σ all years            (per row)
 *   Subtotal        = Σ top-level lines      (per column)
 *   Total           = Subtotal + reduction   (per column)
 *   share           = row's period total / Total's period total (exact ratio)
 *
 * An "of which" line (a memo) is an input shown under the line it is part
 * of and added into nothing.
 */

export type RowKind = 'line' | 'memo' | 'group' | 'subtotal' | 'reduction' | 'total';

export interface Row extends RowAmounts {
  readonly id: string;
  readonly kind: RowKind;
  readonly name: string;
  readonly depth: number;
  /** Ids of the groups this row sums into, nearest first. */
  readonly ancestors: readonly string[];
  /** A memo's line: the one it is part of. */
  readonly partOf?: string;
}

export interface Layout {
  /** The heading of the lines' names: the plan's (see Plan.lineHeading). */
  readonly lineHeading: string;
  readonly years: readonly string[];
  readonly biennia: readonly string[];
  /** The columns each row's `totals` are aligned with: every sum of years the column model declares. */
  readonly summing: readonly AmountColumn[];
  /** For each year, the positions among `summing` of the columns that add it up: what an edit of that year moves. */
  readonly summingOfYear: readonly (readonly number[])[];
  /** The table's columns in display order (see columns.ts), and by id. */
  readonly columns: readonly TableColumn[];
  readonly columnById: ReadonlyMap<string, TableColumn>;
}

export interface Table {
  readonly layout: Layout;
  /** Lines in plan order (groups before their children), then Subtotal, reduction, Total. */
  readonly rows: readonly Row[];
  readonly index: ReadonlyMap<string, number>;
}

export function layoutOf(plan: Plan): Layout {
  const columns = tableColumns(plan);
  const summing = summingColumns(columns);
  return {
    lineHeading: plan.lineHeading,
    years: plan.years,
    biennia: plan.biennia.map((b) => b.id),
    summing,
    summingOfYear: plan.years.map((_, y) => summing.flatMap((column, k) => (column.sums.includes(y) ? [k] : []))),
    columns,
    columnById: new Map(columns.map((column) => [column.id, column])),
  };
}

const sum = (values: readonly Amount[]): Amount => values.reduce((acc, value) => acc.plus(value), ZERO);

function makeRow(
  layout: Layout,
  base: Omit<Row, 'totals' | 'total' | 'years'>,
  years: readonly Amount[],
): Row {
  return {
    ...base,
    years,
    totals: layout.summing.map((column) => sum(column.sums.map((i) => years[i]!))),
    total: sum(years),
  };
}

function addYears(a: readonly Amount[], b: readonly Amount[]): Amount[] {
  return a.map((value, i) => value.plus(b[i]!));
}

/** The sum of lines' years, memos left out. */
const sumOf = (lines: readonly PlanLine[], yearsOf: ReadonlyMap<string, readonly Amount[]>, zeros: readonly Amount[]): readonly Amount[] =>
  lines.reduce((acc, line) => (isMemo(line) ? acc : addYears(acc, yearsOf.get(line.code)!)), zeros);

/**
 * For each memo, the line it is part of: the nearest sibling before it that
 * is not a memo, or the group it opens ("A. Governance", then "of which:
 * Council": part of the section as a whole).
 */
function memoLines(lines: readonly PlanLine[], found = new Map<string, string>(), group?: string): Map<string, string> {
  let last = group;
  for (const line of lines) {
    if (isMemo(line) && last !== undefined) found.set(line.code, last);
    else if (!isMemo(line)) last = line.code;
    if (isGroup(line)) memoLines(line.children, found, line.code);
  }
  return found;
}

/** The whole table from a plan's inputs. */
export function computeTable(plan: Plan): Table {
  checkedPlan(plan);
  const layout = layoutOf(plan);
  const zeros = plan.years.map(() => ZERO);
  const lineRows: Row[] = [];
  const ancestorsOf = new Map<string, readonly string[]>();

  // Children come after their group in plan order, so fill groups bottom-up afterwards.
  const yearsOf = new Map<string, readonly Amount[]>();
  const entries = [...walkLines(plan.lines)];
  for (let i = entries.length - 1; i >= 0; i--) {
    const { line } = entries[i]!;
    yearsOf.set(line.code, isGroup(line) ? sumOf(line.children, yearsOf, zeros) : line.amounts);
  }
  const partOf = memoLines(plan.lines);
  for (const { line, parent, depth } of entries) {
    const ancestors = parent === null ? [] : [parent.code, ...ancestorsOf.get(parent.code)!];
    ancestorsOf.set(line.code, ancestors);
    const kind = isGroup(line) ? 'group' : isMemo(line) ? 'memo' : 'line';
    const memo = partOf.get(line.code);
    lineRows.push(
      makeRow(layout, { id: line.code, kind, name: line.name, depth, ancestors, ...(memo === undefined ? {} : { partOf: memo }) }, yearsOf.get(line.code)!),
    );
  }

  const subtotalYears = sumOf(plan.lines, yearsOf, zeros);
  const top = { depth: 0, ancestors: [] };
  const subtotal = makeRow(layout, { ...top, id: SUBTOTAL_ID, kind: 'subtotal', name: plan.subtotalName }, subtotalYears);
  const reduction = makeRow(
    layout,
    { ...top, id: REDUCTION_ID, kind: 'reduction', name: plan.reduction.name },
    plan.reduction.amounts,
  );
  const total = makeRow(
    layout,
    { ...top, id: TOTAL_ID, kind: 'total', name: plan.totalName },
    addYears(subtotalYears, plan.reduction.amounts),
  );
  const rows = [...lineRows, subtotal, reduction, total];
  return { layout, rows, index: new Map(rows.map((row, i) => [row.id, i])) };
}

function shifted(row: Row, yearIndex: number, moved: readonly number[], delta: Amount): Row {
  return {
    ...row,
    years: row.years.map((value, i) => (i === yearIndex ? value.plus(delta) : value)),
    totals: row.totals.map((value, k) => (moved.includes(k) ? value.plus(delta) : value)),
    total: row.total.plus(delta),
  };
}

/**
 * The table after one yearly input changed, recomputing only what depends on
 * it: that row, its groups, Subtotal (unless it is the reduction) and Total,
 * and in each only the year and the sums that hold it (its biennium, the period). Shares need
 * no work: they are read as ratios over the Total (see {@link shareOf}).
 * Equal, figure for figure, to {@link computeTable} of the changed plan.
 */
export function updateTable(table: Table, rowId: string, year: string, value: Amount): Table {
  const yearIndex = table.layout.years.indexOf(year);
  const position = table.index.get(rowId);
  if (yearIndex === -1 || position === undefined) throw new RangeError(`no input cell ${rowId} × ${year}`);
  const row = table.rows[position]!;
  if (!isInputRow(row)) throw new RangeError(`${rowId} × ${year} is not an input`);
  const delta = value.minus(row.years[yearIndex]!);
  if (delta.isZero()) return table;

  const moved = table.layout.summingOfYear[yearIndex]!;
  // A memo is added into nothing; a line into its groups, Subtotal and Total; the reduction into Total.
  const touched = row.kind === 'memo' ? [rowId] : [rowId, ...row.ancestors, ...(row.kind === 'line' ? [SUBTOTAL_ID] : []), TOTAL_ID];
  const rows = table.rows.slice();
  for (const id of touched) {
    const i = table.index.get(id)!;
    rows[i] = shifted(rows[i]!, yearIndex, moved, delta);
  }
  return { ...table, rows };
}

/**
 * The table as shown and exported: without Subtotal and the reduction where
 * the plan has no deduction (see Plan.showsReduction) and the reduction is
 * nil, so that Total reads as the sum of the lines; the same table otherwise.
 */
export function shownTable(table: Table, plan: Pick<Plan, 'showsReduction'>): Table {
  if (plan.showsReduction !== false) return table;
  const reduction = table.index.get(REDUCTION_ID);
  if (reduction === undefined || table.rows[reduction]!.years.some((value) => !value.isZero())) return table;
  const rows = table.rows.filter((row) => row.kind !== 'subtotal' && row.kind !== 'reduction');
  return { ...table, rows, index: new Map(rows.map((row, i) => [row.id, i])) };
}

/** A row of the plan's own lines (a line, an "of which" line, a group), as opposed to Subtotal, the reduction and Total. */
export const isLineRow = (row: Pick<Row, 'kind'>): boolean => row.kind === 'line' || row.kind === 'memo' || row.kind === 'group';
/** A row whose yearly figures are typed in: a line, an "of which" line, the reduction. */
export const isInputRow = (row: Pick<Row, 'kind'>): boolean => row.kind === 'line' || row.kind === 'memo' || row.kind === 'reduction';

export function rowOf(table: Table, rowId: string): Row {
  const position = table.index.get(rowId);
  if (position === undefined) throw new RangeError(`no row ${rowId}`);
  return table.rows[position]!;
}

/** A row's share of the Total over the whole period, as an exact ratio. */
export function shareOf(table: Table, rowId: string): Ratio {
  return { part: rowOf(table, rowId).total, whole: rowOf(table, TOTAL_ID).total };
}

/** A column's share of the Total (categories: each Sector's part of the whole), as an exact ratio. */
export function columnShareOf(table: Table, columnId: string): Ratio {
  const total = rowOf(table, TOTAL_ID);
  return { part: amountAt(table, TOTAL_ID, columnId), whole: total.total };
}

/** The amount in a cell by its stable ids: a year, a biennium id or `total`. */
export function amountAt(table: Table, rowId: string, columnId: string): Amount {
  const row = rowOf(table, rowId);
  const column = table.layout.columnById.get(columnId);
  if (column === undefined || !isAmountColumn(column)) {
    throw new RangeError(`no amount column ${columnId}${columnId === SHARE_COLUMN ? ' (use shareOf)' : ''}`);
  }
  return column.amountOf(row);
}
