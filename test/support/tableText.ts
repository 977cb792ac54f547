import type { Table } from '../../src/model/table';

/** Every figure of a table as text, for exact comparison of two tables. */
export function tableText(table: Table): string[] {
  return table.rows.map(
    (row) =>
      `${row.id} ${row.kind} ${row.depth} | ${row.years.map((v) => v.toFixed()).join(' ')} | ` +
      `${row.totals.map((v) => v.toFixed()).join(' ')} | ${row.total.toFixed()}`,
  );
}
