import type { Table } from '../model/table';
import type { Block } from './pasteLanding';

/** The grid's label columns, before the figures. */
const LABEL_COLUMNS = new Set(['code', 'name']);

/**
 * A block copied with its labels — a row of the Council table or of this
 * grid, "TP1 | Spectrum and satellite orbits | 57 023 | …" — without them: a
 * row's leading cells that are its code and its name (any row's of the table,
 * as written there) are left off, the same number in every row, so that its
 * figures land on the years. A block whose rows do not all start so is kept
 * as it is: a label is never guessed.
 */
export function withoutLabels(block: Block, table: Table): Block {
  const labels = new Set(table.rows.flatMap((row) => [row.id, row.name]).map((text) => text.trim().toLowerCase()));
  const isLabel = (cell: string | undefined) => cell !== undefined && labels.has(cell.trim().toLowerCase());
  const rows = block.filter((row) => row.some((cell) => cell.trim() !== ''));
  const leading = (row: readonly string[]) => (isLabel(row[0]) ? (isLabel(row[1]) ? 2 : 1) : 0);
  const count = rows.length === 0 ? 0 : leading(rows[0]!);
  if (count === 0 || !rows.every((row) => leading(row) >= count || (count === 2 && leading(row) === 1 && row[1]?.trim() === ''))) return block;
  return block.map((row) => row.slice(count));
}

/** Where a block without its labels lands when pasted on a label cell: the row's first year. */
export const figureColumn = (columnId: string, table: Table): string => (LABEL_COLUMNS.has(columnId) ? table.layout.years[0]! : columnId);
