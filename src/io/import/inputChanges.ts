import type { Amount } from '../../model/amount';
import { isInputRow, rowOf, type Table } from '../../model/table';

/** One yearly input the import would change. */
export interface CellChange {
  readonly rowId: string;
  readonly year: string;
  readonly from: Amount;
  readonly to: Amount;
}

/** Every yearly input of lines and of the reduction that differs between two tables of one plan, in table order. */
export function inputChanges(before: Table, after: Table): CellChange[] {
  const changes: CellChange[] = [];
  for (const row of after.rows) {
    if (!isInputRow(row)) continue;
    const was = rowOf(before, row.id).years;
    row.years.forEach((to, y) => {
      if (!to.eq(was[y]!)) changes.push({ rowId: row.id, year: after.layout.years[y]!, from: was[y]!, to });
    });
  }
  return changes;
}
