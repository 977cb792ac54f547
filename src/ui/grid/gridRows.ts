import type { GridApi, IRowNode } from 'ag-grid-community';
import { ZERO } from '../../model/amount';
import { SHARE_COLUMN } from '../../model/plan';
import { cellChanges } from '../../model/compare';
import type { CellRef } from '../../model/validity';
import { shareOf, type Row, type Table } from '../../model/table';
import type { GridRow } from './gridRow';

export interface RowMarks {
  readonly compared: Table;
  /** Cells a rule of validity names: a line unfunded, a Total below zero, a share out of range… */
  readonly flagged: readonly CellRef[];
  readonly locked: readonly string[];
}

/**
 * The table the grid shows now, and its cells that differ from the scenario
 * compared with: read by every grid row's share and marks when the grid
 * draws a cell. An edit changes Total, so every row's share; with the share
 * read here, a row whose own figures did not change keeps its object, the
 * grid compares 20 000 rows by identity, not cell by cell, and the shares it
 * shows are refreshed (KeptRows.refresh), one column of the rows in view.
 */
export interface LiveTable {
  table: Table;
  /** A row's cells that differ from the scenario compared with, found when the grid draws the row. */
  changesOf: (rowId: string) => ReadonlySet<string>;
  /** The table before, until the grid has taken the rows of this one: it may draw a row of it meanwhile. */
  before: Table | null;
}

/** Whether a table has this very row (a row of another table, even with its id, is not its). */
const holds = (table: Table | null, row: Row): table is Table => table !== null && table.rows[table.index.get(row.id) ?? -1] === row;

const NOTHING: ReadonlySet<string> = new Set();

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((id) => b.has(id));

/** A grid row whose share and changed cells are the live table's. */
function liveRow(live: LiveTable, row: Row, flagged: ReadonlySet<string>, isLocked: boolean): GridRow {
  return {
    row,
    flagged,
    isLocked,
    get share() {
      const table = holds(live.table, row) ? live.table : holds(live.before, row) ? live.before : null;
      // A row of neither (never drawn: the grid has the rows of one of them) has no share to show.
      return table === null ? { part: row.total, whole: ZERO } : shareOf(table, row.id);
    },
    get changed() {
      return holds(live.table, row) ? live.changesOf(row.id) : NOTHING;
    },
  };
}

/**
 * The grid's rows for the live table, the reduction, Subtotal and Total among
 * `pinned`; a row of `previous` (the last call's `all`, in its table's order)
 * is kept, the same object, where its row of the table, its marks of validity
 * and its lock are the same. Found at the same place where the rows are the
 * same (an edit), else by id.
 */
export function toGridRows(live: LiveTable, pinnedIds: readonly string[], marks: RowMarks, previous: readonly GridRow[]) {
  const { table } = live;
  live.changesOf = cellChanges(table, marks.compared);
  const flaggedOf = new Map<string, Set<string>>();
  for (const cell of marks.flagged) {
    const cells = flaggedOf.get(cell.rowId) ?? new Set<string>();
    flaggedOf.set(cell.rowId, cells.add(cell.columnId));
  }
  const locked = new Set(marks.locked);
  const body: GridRow[] = [];
  const pinned: GridRow[] = [];
  const all: GridRow[] = [];
  let byId: Map<string, GridRow> | null = null;
  table.rows.forEach((row, i) => {
    const flagged = flaggedOf.get(row.id) ?? NOTHING;
    const isLocked = locked.size > 0 && (locked.has(row.id) || row.ancestors.some((id) => locked.has(id)));
    let before: GridRow | undefined = previous[i];
    if (before?.row.id !== row.id) before = (byId ??= new Map(previous.map((r) => [r.row.id, r]))).get(row.id);
    const gridRow = before !== undefined && before.row === row && before.isLocked === isLocked && sameSet(before.flagged, flagged) ? before : liveRow(live, row, flagged, isLocked);
    all.push(gridRow);
    (pinnedIds.includes(row.id) ? pinned : body).push(gridRow);
  });
  return { body, pinned, all };
}

/**
 * An array of rows given to the grid, kept while the rows it is given next are
 * the same, in the same order (an edit changes figures, not rows): the grid is
 * then handed only the rows that changed, each to its node (`taken`). Given a
 * new array, AG Grid looks up every row again (about 50 ms of an edit of
 * 20 000 lines) or, for the pinned rows, makes their nodes again (about 11 ms
 * of every edit); given a transaction, it sorts, filters and lays out all the
 * rows again (about 12 ms of 20 000), though the grid neither sorts nor
 * filters and the rows stay where they were.
 */
export class GivenRows<Row = GridRow> {
  /** The rows the grid holds now, in its order, and the array last given it. */
  private held: readonly Row[] | null = null;
  private given: readonly Row[] | null = null;

  constructor(private readonly idOf: (row: Row) => string) {}

  /** A new grid holds what it was first given, maybe not the rows held before: it takes the next array whole. */
  reset(): void {
    this.given = null;
  }

  dataFor(rows: readonly Row[], isAttached: boolean): readonly Row[] {
    const { held, given, idOf } = this;
    if (!isAttached || held === null || given === null || held.length !== rows.length) return rows;
    for (let i = 0; i < rows.length; i++) if (idOf(held[i]!) !== idOf(rows[i]!)) return rows;
    return given;
  }

  /** The grid took `data` for `rows`: where it is the array it held, each row that changed goes to its node. */
  taken(rows: readonly Row[], data: readonly Row[], nodeOf: ((row: Row, i: number) => IRowNode<Row> | undefined) | null): void {
    const held = this.held;
    [this.held, this.given] = [rows, data];
    if (nodeOf === null || data === rows || held === null) return;
    for (const [i, row] of rows.entries()) if (row !== held[i]) nodeOf(row, i)?.updateData(row);
  }
}

/**
 * What the grid's rows keep from one render to the next: the live table, the
 * rows made for it, the arrays given to the grid, the scenario compared with,
 * the grid. Read by the grid when it draws, not by React.
 */
export class KeptRows {
  private live: LiveTable | null = null;
  private previous: readonly GridRow[] = [];
  private compared: Table | null = null;
  private api: GridApi<GridRow> | null = null;
  private readonly body = new GivenRows<GridRow>((row) => row.row.id);
  private readonly pinned = new GivenRows<GridRow>((row) => row.row.id);

  /** The rows for this table, rows of the last call kept where they can be (see toGridRows). */
  rowsFor(table: Table, pinnedIds: readonly string[], marks: RowMarks) {
    this.live ??= { table, changesOf: () => NOTHING, before: null };
    if (this.live.table !== table) this.live.before = this.live.table;
    this.live.table = table;
    const rows = toGridRows(this.live, pinnedIds, marks, this.previous);
    this.previous = rows.all;
    return rows;
  }

  attach(api: GridApi<GridRow>): void {
    this.api = api;
    this.body.reset();
    this.pinned.reset();
  }

  /** The arrays to give the grid as its rows and its pinned rows (see GivenRows). */
  dataFor(body: readonly GridRow[], pinned: readonly GridRow[]) {
    return { rowData: this.body.dataFor(body, this.api !== null), pinnedData: this.pinned.dataFor(pinned, this.api !== null) };
  }

  /**
   * After the grid took the rows (given the arrays it held, the rows that
   * changed are handed to it here): the shares drawn read again, the one
   * figure of a kept row that can change (a row whose figures, marks or lock
   * changed is a new object, which the grid redraws itself); every drawn cell
   * drawn again where the comparison is another, since its marks may change.
   */
  refresh(compared: Table, given: { body: readonly GridRow[]; rowData: readonly GridRow[]; pinned: readonly GridRow[]; pinnedData: readonly GridRow[] }): void {
    const isOtherComparison = this.compared !== compared;
    this.compared = compared;
    if (this.live !== null) this.live.before = null;
    const api = this.api?.isDestroyed() === false ? this.api : null;
    this.body.taken(given.body, given.rowData, api && ((row) => api.getRowNode(row.row.id)));
    this.pinned.taken(given.pinned, given.pinnedData, api && ((_, i) => api.getPinnedBottomRow(i)));
    if (api === null) return;
    if (isOtherComparison) api.refreshCells({ force: true, suppressFlash: true });
    else if (api.getColumn(SHARE_COLUMN) !== null) api.refreshCells({ columns: [SHARE_COLUMN] });
  }
}
