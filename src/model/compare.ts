import { ZERO, type Amount } from './amount';
import { isAmountColumn, ratioIn, type AmountColumn, type PercentChangeColumn } from './columns';
import { SHARE_COLUMN } from './plan';
import { percentHalfUp, ratioDifference, type Ratio } from './share';
import { rowOf, shareOf, type Table } from './table';

/** One cell of a comparison: scenario A against scenario B. */
export interface CellDifference {
  readonly columnId: string;
  /** A − B, in the plan's unit. */
  readonly difference: Amount;
  /** (A − B) / |B|, exact, of the difference's sign; null where B is zero. */
  readonly relative: Ratio | null;
}

export interface RowDifference {
  readonly rowId: string;
  readonly cells: readonly CellDifference[];
  /** A's share − B's share, as an exact fraction (× 100 gives percentage points). */
  readonly share: Ratio;
  /** Whether both shares read the same to the hundredth, as the grid shows them (and outlines neither). */
  readonly isShareShownSame: boolean;
}

/** The amount columns a comparison lists, in the grid's order: each biennium's years then its total, then the period's. */
export function amountColumns(table: Table): AmountColumn[] {
  return table.layout.columns.filter(isAmountColumn);
}

/**
 * Every cell of table A against table B (same plan): the difference in the
 * plan's unit, in per cent of B, and every share's difference. Rows are A's.
 */
export function compareTables(a: Table, b: Table): RowDifference[] {
  const columns = amountColumns(a);
  return a.rows
    .filter((row) => b.index.has(row.id))
    .map((row) => {
      const other = rowOf(b, row.id);
      const cells = columns.map((column) => {
        const valueB = column.amountOf(other);
        const difference = column.amountOf(row).minus(valueB);
        // Relative to the size of B, so that its sign is the difference's: a larger reduction (-1 500 for -1 000) is -50 %, as its amount.
        return { columnId: column.id, difference, relative: valueB.isZero() ? null : { part: difference, whole: valueB.abs() } };
      });
      const [shareA, shareB] = [shareOf(a, row.id), shareOf(b, row.id)];
      return { rowId: row.id, cells, share: ratioDifference(shareA, shareB), isShareShownSame: sameAsShown(shareA, shareB) };
    });
}

/** A change in per cent is a ratio of the row's own figures: it needs no share. */
const NO_SHARE = { part: ZERO, whole: ZERO };

const NONE: ReadonlySet<string> = new Set();

/** Two ratios that read the same, to the hundredth of a per cent, as the grid shows them (both undefined alike). */
function sameAsShown(x: Ratio, y: Ratio): boolean {
  const [shownX, shownY] = [percentHalfUp(x), percentHalfUp(y)];
  return shownX === null || shownY === null ? shownX === shownY : shownX.eq(shownY);
}

/**
 * A row of A's column ids (amounts and `share`) where it differs from B,
 * each row's found when first asked: the grid asks for the rows it draws, so
 * an edit of a 20 000-line plan compares the rows in view, not all of them
 * (about 8 ms). Rows an incremental update left untouched are the same
 * objects in both tables and are skipped. Amounts are compared exactly;
 * shares and changes in per cent as shown, to the hundredth: after an edit
 * that moves Total every share moves a little, and a share that still reads
 * 36,07 % is not marked as changed from a 36,07 % (the grid's flash skips it
 * alike).
 */
export function cellChanges(a: Table, b: Table): (rowId: string) => ReadonlySet<string> {
  const columns = amountColumns(a);
  const percents = a.layout.columns.filter((column): column is PercentChangeColumn => column.kind === 'change-percent');
  const found = new Map<string, ReadonlySet<string>>();
  const compare = (rowId: string): ReadonlySet<string> => {
    const [position, otherPosition] = [a.index.get(rowId), b.index.get(rowId)];
    if (position === undefined || otherPosition === undefined) return NONE;
    const [row, other] = [a.rows[position]!, b.rows[otherPosition]!];
    const changed = new Set<string>();
    if (row !== other) {
      for (const column of columns) if (!column.amountOf(row).eq(column.amountOf(other))) changed.add(column.id);
      for (const column of percents) if (!sameAsShown(ratioIn(column, row, NO_SHARE), ratioIn(column, other, NO_SHARE))) changed.add(column.id);
    }
    if (!sameAsShown(shareOf(a, rowId), shareOf(b, rowId))) changed.add(SHARE_COLUMN);
    return changed.size > 0 ? changed : NONE;
  };
  return (rowId) => {
    let changes = found.get(rowId);
    if (changes === undefined) found.set(rowId, (changes = compare(rowId)));
    return changes;
  };
}

/** For each row of A, the column ids (amounts and `share`) where it differs from B: the rows that differ only. */
export function changedCells(a: Table, b: Table): Map<string, ReadonlySet<string>> {
  const changesOf = cellChanges(a, b);
  return new Map(a.rows.map((row) => [row.id, changesOf(row.id)] as const).filter(([, changes]) => changes.size > 0));
}

/** An amount that differs between two tables of the same plan. */
export interface FigureChange {
  readonly rowId: string;
  readonly columnId: string;
  readonly before: Amount;
  readonly after: Amount;
}

const READING_ORDER: Readonly<Record<string, number>> = { total: 0, biennium: 1, year: 2 };

/**
 * Every amount that differs from `before` to `after`, the figures a person
 * reads first first: period totals, then biennia, then years, each in row
 * order. Shares are left out: they follow from the period totals.
 */
export function changedFigures(before: Table, after: Table): FigureChange[] {
  const changes: (FigureChange & { rank: number; place: number })[] = [];
  const columns = amountColumns(after);
  let place = 0;
  for (const [rowId, columnIds] of changedCells(after, before)) {
    const [row, was] = [rowOf(after, rowId), rowOf(before, rowId)];
    for (const column of columns) {
      place++;
      if (!columnIds.has(column.id)) continue;
      changes.push({ rowId, columnId: column.id, before: column.amountOf(was), after: column.amountOf(row), rank: READING_ORDER[column.kind] ?? 3, place });
    }
  }
  return changes.sort((a, b) => a.rank - b.rank || a.place - b.place).map(({ rowId, columnId, before: from, after: to }) => ({ rowId, columnId, before: from, after: to }));
}
