import type { Amount } from './amount';
import { isInputRow, type Table } from './table';

/**
 * Where pooled proposals disagree on a typed cell (a line's or the
 * reduction's figure in one year): two or more of them change it, to
 * different figures. Read from the replayed tables, so any operation that
 * writes the cell counts (a `set`, a transfer, a scale, a spread…), not only
 * those that name it.
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
}

/** The cells two or more of `proposals` change to different figures, row by row in table order, each row's years in plan order. */
export function poolConflicts(baseline: Table, proposals: readonly Table[]): Conflict[] {
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
      if (values.length > 1 && values.some((entry) => !entry.value.eq(values[0]!.value))) conflicts.push({ rowId: row.id, year, baseline: before, values });
    });
  }
  return conflicts;
}
