import type { Amount } from './amount';
import { isInputRow, type Table } from './table';

/**
 * Where pooled proposals do not merge as each of them meant on a typed cell
 * (a line's or the reduction's figure in one year): two or more of them
 * change it, to different figures — or to the same figure, which the merged
 * operations do not give (the same move made by two delegations is made
 * twice when merged: a review caught a merge that doubled it unsaid). Read
 * from the replayed tables, so any operation that writes the cell counts (a
 * `set`, a transfer, a scale, a spread…), not only those that name it.
 */

export interface ConflictValue {
  /** The proposal's place among those compared, from 0. */
  readonly proposal: number;
  readonly value: Amount;
}

export interface Conflict {
  readonly rowId: string;
  readonly year: string;
  readonly baseline: Amount;
  /** Each proposal that changes the cell, in order, with its figure. */
  readonly values: readonly ConflictValue[];
  /** They agree on the figure, but merged their operations give another (moves added up). */
  readonly isCompounded: boolean;
}

/** The cells two or more of `proposals` change to different figures, or to one figure that `merged` does not have; row by row in table order, each row's years in plan order. */
export function poolConflicts(baseline: Table, proposals: readonly Table[], merged: Table | null = null): Conflict[] {
  const conflicts: Conflict[] = [];
  const { years } = baseline.layout;
  for (const row of baseline.rows) {
    if (!isInputRow(row)) continue;
    const rows = proposals.map((table) => {
      const position = table.index.get(row.id);
      return position === undefined ? null : table.rows[position]!;
    });
    years.forEach((year, y) => {
      const before = row.years[y]!;
      const values = rows.flatMap((other, proposal) => {
        const value = other?.years[y];
        return value === undefined || value.eq(before) ? [] : [{ proposal, value }];
      });
      if (values.length < 2) return;
      const isDifferent = values.some((entry) => !entry.value.eq(values[0]!.value));
      const mergedValue = merged === null ? undefined : merged.rows[merged.index.get(row.id) ?? -1]?.years[y];
      const isCompounded = !isDifferent && mergedValue !== undefined && !mergedValue.eq(values[0]!.value);
      if (isDifferent || isCompounded) conflicts.push({ rowId: row.id, year, baseline: before, values, isCompounded });
    });
  }
  return conflicts;
}
