import { z } from 'zod';
import { COLUMN_ROLES, ROW_ROLES, type TableMapping } from '../io/import/mapping';
import type { KeyValueStorage } from './browserStorage';
import type { TextRows } from '../io/import/findHeader';

/**
 * The layouts the person chose for files the detection read otherwise, by
 * file shape, so that the next file of that shape is read the same. Kept
 * apart from the workspace: losing them loses a convenience, never a figure,
 * and an unreadable copy is ignored.
 */
export const LAYOUTS_KEY = 'linkage-calculator/import-layouts';
const MAX_SHAPES = 50;

const index = z.string().regex(/^\d+$/);
/** Rows are kept by their labels, not their places: next year's table may have a line more above them. */
const layoutSchema = z
  .object({
    header: z.number().int().min(0).optional(),
    columns: z.record(index, z.enum(COLUMN_ROLES)).optional(),
    rows: z.record(z.string(), z.enum(ROW_ROLES)).optional(),
    version: z.string().max(200).optional(),
  })
  .strict();
type StoredLayout = z.infer<typeof layoutSchema>;
const stored = z.array(z.tuple([z.string(), layoutSchema]));

/** A row's label: its text cells together, figures left out. */
const labelOf = (cells: readonly string[]) =>
  cells
    .map((cell) => cell.trim())
    .filter((cell) => !/^[\s\d.,'’()%+\-–]*$/.test(cell))
    .join(' ');

function readAll(storage: KeyValueStorage): [string, StoredLayout][] {
  try {
    const parsed = stored.safeParse(JSON.parse(storage.getItem(LAYOUTS_KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The layout kept for a file of this shape, its rows found again by their labels in this file's rows. */
export function rememberedLayout(storage: KeyValueStorage, shape: string, rows: TextRows): TableMapping | null {
  const layout = readAll(storage).find(([key]) => key === shape)?.[1];
  if (layout === undefined) return null;
  const byLabel = new Map(Object.entries(layout.rows ?? {}));
  const found = rows.flatMap((cells, i) => {
    const role = byLabel.get(labelOf(cells));
    return role === undefined || labelOf(cells) === '' ? [] : [[i, role] as const];
  });
  return { ...(layout.header === undefined ? {} : { header: layout.header }), columns: layout.columns ?? {}, rows: Object.fromEntries(found), ...(layout.version === undefined ? {} : { version: layout.version }) };
}

/** Keeps the layout for the shape, the most recent first; a full store only loses the convenience. */
export function rememberLayout(storage: KeyValueStorage, shape: string, mapping: TableMapping, rows: TextRows): void {
  const byLabel = Object.entries(mapping.rows ?? {}).map(([i, role]) => [labelOf(rows[Number(i)] ?? []), role] as const);
  const layout: StoredLayout = {
    ...(mapping.header === undefined ? {} : { header: mapping.header }),
    columns: { ...mapping.columns },
    rows: Object.fromEntries(byLabel.filter(([label]) => label !== '')),
    ...(mapping.version === undefined ? {} : { version: mapping.version }),
  };
  const all = [[shape, layout] as [string, StoredLayout], ...readAll(storage).filter(([key]) => key !== shape)].slice(0, MAX_SHAPES);
  try {
    storage.setItem(LAYOUTS_KEY, JSON.stringify(all));
  } catch {
    // Quota or private mode: the layout is chosen again next time.
  }
}
