import { categoryHeading, categoryOf, periodHeading } from './periodHeading';
import { isFigureText } from './figureText';
import type { TextRows } from './findHeader';
import type { FileRowKind } from './readLines';

/**
 * The person's reading of a table's layout, where detection read it
 * otherwise: which row heads the columns, what each column holds, what
 * each row is. Empty means "as detected". Kept per file shape (see
 * {@link shapeOf}) so the next file laid out the same is read the same.
 */
/**
 * `headed`: read as its heading says (a period, a total, a share, the app's
 * kind and parent columns); `period`: figures of the period its heading
 * names among other words ("Posts 2026", "2026 ceiling").
 */
export type ColumnRole = 'code' | 'name' | 'headed' | 'period' | 'category' | 'skip';
/** `section`: a heading that groups the lines under it, up to the next section or a subtotal; its figures, if any, are the section's. */
export type RowRole = 'line' | 'memo' | 'section' | 'subtotal' | 'reduction' | 'total' | 'skip';

export const COLUMN_ROLES = ['code', 'name', 'headed', 'period', 'category', 'skip'] as const satisfies readonly ColumnRole[];
export const ROW_ROLES = ['line', 'memo', 'section', 'subtotal', 'reduction', 'total', 'skip'] as const satisfies readonly RowRole[];

export interface TableMapping {
  /** The heading row, an index into the rows. */
  readonly header?: number;
  /** By column index. */
  readonly columns?: Readonly<Record<number, ColumnRole>>;
  /** By row index. */
  readonly rows?: Readonly<Record<number, RowRole>>;
}

/** How the table was read, to show and correct: the heading row, each column's role, each row read as other than a line. */
export interface TableLayout {
  readonly header: number;
  readonly headings: readonly string[];
  readonly columns: readonly ColumnRole[];
  /** Rows read as Subtotal, deduction, Total, a section's group or not read, by index. */
  readonly rows: ReadonlyMap<number, FileRowKind | 'skip' | 'section'>;
}

export const isEmptyMapping = (mapping: TableMapping): boolean =>
  mapping.header === undefined && Object.keys(mapping.columns ?? {}).length === 0 && Object.keys(mapping.rows ?? {}).length === 0;

/**
 * A file's shape: its width and the words of its rows above the first
 * figure (title, unit, headings), years left out, so that next year's
 * edition of a table (other figures, other lines, other years in its title)
 * has the same shape as this year's.
 */
export function shapeOf(rows: TextRows): string {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const isFigure = (cell: string) => /\d/.test(cell) && isFigureText(cell) && !/^\d{4}(\s*[-–/]\s*\d{2,4})?$/.test(cell.trim());
  const firstFigure = rows.findIndex((row) => row.some(isFigure));
  const words = rows
    .slice(0, firstFigure === -1 ? 12 : firstFigure)
    .filter((row) => row.some((cell) => cell.trim() !== ''))
    .map((row) => row.map((cell) => cell.trim().toLowerCase().replace(/\d/g, '9')).join('|'));
  return `${width}:${words.join('/')}`;
}

/** What a heading becomes for the column role the person chose: a period in any published style is read as one. */
export function roleHeading(text: string, role: ColumnRole): string {
  if (role === 'code' || role === 'name') return role;
  if (role === 'skip') return '';
  if (role === 'category') return categoryHeading(text);
  const found = role === 'period' ? /\d{4}(?:\s*(?:-|–|\/)\s*\d{2,4})?/.exec(text)?.[0] : undefined;
  return periodHeading(found ?? text) ?? text;
}

/** The role a read heading gives its column. */
export function headingRole(heading: string): ColumnRole {
  const t = heading.trim().toLowerCase();
  if (t === 'code') return 'code';
  if (t === 'name' || t === 'line' || t === 'thematic priority') return 'name';
  if (categoryOf(heading) !== null) return 'category';
  return t === '' ? 'skip' : 'headed';
}

/** The headings with the person's column roles put on them: a column given the codes or the names takes them from any other. */
export function withColumnRoles(read: readonly string[], raw: readonly string[], roles: Readonly<Record<number, ColumnRole>>): string[] {
  const chosen = new Map(Object.entries(roles).map(([index, role]) => [Number(index), role]));
  const taken = new Set<ColumnRole>([...chosen.values()].filter((role) => role === 'code' || role === 'name'));
  return read.map((text, i) => {
    const role = chosen.get(i);
    if (role !== undefined) return roleHeading(raw[i] ?? '', role);
    const own = headingRole(text);
    return taken.has(own) ? '' : text;
  });
}
