import type { Amount } from './amount';
import type { Table } from './table';

/**
 * Who raises and who cuts each priority (each top-level line) over the
 * period, and by how much: what a chair reads first when twenty
 * delegations' proposals are pooled.
 */

/** One proposal's change of a priority's period total, against the baseline. */
export interface PriorityMove {
  /** The proposal's place in the pool, from 0. */
  readonly proposal: number;
  readonly change: Amount;
}

export interface PriorityChanges {
  readonly rowId: string;
  readonly name: string;
  /** The baseline's period total. */
  readonly baseline: Amount;
  /** Those that raise it, the largest rise first. */
  readonly raises: readonly PriorityMove[];
  /** Those that cut it, the deepest cut first. */
  readonly cuts: readonly PriorityMove[];
}

/** Each top-level line of the baseline, in table order, with the proposals that move its period total. */
export function poolPriorities(baseline: Table, proposals: readonly Table[]): PriorityChanges[] {
  return baseline.rows
    .filter((row) => (row.kind === 'line' || row.kind === 'group') && row.ancestors.length === 0)
    .map((row) => {
      const moves = proposals.flatMap((table, proposal) => {
        const position = table.index.get(row.id);
        if (position === undefined) return [];
        const change = table.rows[position]!.total.minus(row.total);
        return change.isZero() ? [] : [{ proposal, change }];
      });
      return {
        rowId: row.id,
        name: row.name,
        baseline: row.total,
        raises: moves.filter((move) => move.change.isPositive()).sort((a, b) => b.change.comparedTo(a.change) || a.proposal - b.proposal),
        cuts: moves.filter((move) => move.change.isNegative()).sort((a, b) => a.change.comparedTo(b.change) || a.proposal - b.proposal),
      };
    });
}
