import { summingColumns, tableColumns, type AmountColumn, type RowAmounts, type TableColumn } from './columns';
import { SUBTOTAL_ID, TOTAL_ID, isGroup, isMemo, type Plan, type PlanLine } from './plan';

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


/**
 * For each memo, the line it is part of: the nearest sibling before it that
 * is not a memo, or the group it opens ("A. Governance", then "of which:
 * Council": part of the section as a whole).
 */
export function memoLines(lines: readonly PlanLine[], found = new Map<string, string>(), group?: string): Map<string, string> {
  let last = group;
  for (const line of lines) {
    if (isMemo(line) && last !== undefined) found.set(line.code, last);
    else if (!isMemo(line)) last = line.code;
    if (isGroup(line)) memoLines(line.children, found, line.code);
  }
  return found;
}

/** A row of the plan's own lines (a line, an "of which" line, a group), as opposed to Subtotal, the reduction and Total. */
export const isLineRow = (row: Pick<Row, 'kind'>): boolean => row.kind === 'line' || row.kind === 'memo' || row.kind === 'group';
/** A row whose yearly figures are typed in: a line, an "of which" line, the reduction. */
export const isInputRow = (row: Pick<Row, 'kind'>): boolean => row.kind === 'line' || row.kind === 'memo' || row.kind === 'reduction';

/** How files name an adjustment's row (a line that may be below zero, see LeafLine.signed) in their kind column. */
export const ADJUSTMENT_KIND = 'adjustment';
/** A row's kind as the app's CSV and workbook write it: an adjustment's line is told from others. */
export const writtenKind = (row: Pick<Row, 'id' | 'kind'>, signed: ReadonlySet<string>): string => (row.kind === 'line' && signed.has(row.id) ? ADJUSTMENT_KIND : row.kind);

/** The rows an edit of a row's year moves: a memo is added into nothing; a line into its groups, Subtotal and Total; the reduction into Total. */
export function rowsMovedBy(row: Row): readonly string[] {
  if (row.kind === 'memo') return [row.id];
  return [row.id, ...row.ancestors, ...(row.kind === 'line' ? [SUBTOTAL_ID] : []), TOTAL_ID];
}

/**
 * A row with some of its fields changed. Never `{ ...row }`: a row of the
 * fast path keeps its figures on its prototype (see fixedTable.ts), which a
 * spread leaves behind.
 */
export function rowCopy(row: Row, changes: Partial<Row>): Row {
  const { id, kind, name, depth, ancestors, partOf, years, totals, total } = row;
  return { id, kind, name, depth, ancestors, ...(partOf === undefined ? {} : { partOf }), years, totals, total, ...changes };
}
