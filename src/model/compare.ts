import type { Amount } from './amount';
import { SHARE_COLUMN, TOTAL_COLUMN } from './plan';
import type { Ratio } from './share';
import { amountAt, shareOf, type Table } from './table';

/** One cell of a comparison: scenario A against scenario B. */
export interface CellDifference {
  readonly columnId: string;
  /** A − B, in the plan's unit. */
  readonly difference: Amount;
  /** (A − B) / B, exact; null where B is zero. */
  readonly relative: Ratio | null;
}

export interface RowDifference {
  readonly rowId: string;
  readonly cells: readonly CellDifference[];
  /** A's share − B's share, as an exact fraction (× 100 gives percentage points). */
  readonly share: Ratio;
}

/** Column ids of the amount columns, in display order: each year, then the biennia, then `total`. */
export function amountColumns(table: Table): string[] {
  return [...table.layout.years, ...table.layout.biennia, TOTAL_COLUMN];
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
      const cells = columns.map((columnId) => {
        const valueA = amountAt(a, row.id, columnId);
        const valueB = amountAt(b, row.id, columnId);
        const difference = valueA.minus(valueB);
        return { columnId, difference, relative: valueB.isZero() ? null : { part: difference, whole: valueB } };
      });
      const shareA = shareOf(a, row.id);
      const shareB = shareOf(b, row.id);
      return {
        rowId: row.id,
        cells,
        share: {
          part: shareA.part.times(shareB.whole).minus(shareB.part.times(shareA.whole)),
          whole: shareA.whole.times(shareB.whole),
        },
      };
    });
}

/** Column ids (amounts and `share`) of a row where A differs from B. */
export function changedColumns(difference: RowDifference): Set<string> {
  const changed = new Set(difference.cells.filter((c) => !c.difference.isZero()).map((c) => c.columnId));
  if (!difference.share.part.isZero()) changed.add(SHARE_COLUMN);
  return changed;
}
