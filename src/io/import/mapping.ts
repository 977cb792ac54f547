import { t } from '../../i18n/t';
import { VERSION_MARK, categoryHeading, categoryOf, changeOf, markedChange, periodHeading, periodSpan, versionOf } from './periodHeading';
import { isFigureText } from './figureText';
import type { TextRows } from './findHeader';
import type { FileRowKind } from './readLines';
import { SECTION_COLUMN } from './mapColumns';

/**
 * The person's reading of a table's layout, where detection read it
 * otherwise: which row heads the columns, what each column holds, what
 * each row is. Empty means "as detected". Kept per file shape (see
 * {@link shapeOf}) so the next file laid out the same is read the same.
 */
/**
 * `headed`: read as its heading says (a period, a total, a share, the app's
 * kind and parent columns); `period`: figures of the period its heading
 * names among other words ("Posts 2026", "2026 ceiling"); `total`, `share`:
 * the whole period's figures and each line's share of them, checked then
 * derived; `change`, `changePercent`: a change between the two columns before
 * it, as an amount or in per cent, checked then derived; `section`: the
 * section of each line, a run of the same value grouping its lines; `version`: another
 * version of a period's figures (zero real growth beside real growth), a
 * scenario to be.
 */
export type ColumnRole = 'code' | 'name' | 'section' | 'headed' | 'period' | 'category' | 'total' | 'share' | 'change' | 'changePercent' | 'version' | 'skip';
/** `section`: a heading that groups the lines under it, up to the next section or a subtotal; its figures, if any, are the section's. */
/** `adjustment`: a line that may be below zero (an exchange adjustment); a line with a figure below zero is one anyway. */
export type RowRole = 'line' | 'adjustment' | 'memo' | 'section' | 'subtotal' | 'reduction' | 'total' | 'skip';

export const COLUMN_ROLES = ['code', 'name', 'section', 'headed', 'period', 'category', 'total', 'share', 'change', 'changePercent', 'version', 'skip'] as const satisfies readonly ColumnRole[];
export const ROW_ROLES = ['line', 'adjustment', 'memo', 'section', 'subtotal', 'reduction', 'total', 'skip'] as const satisfies readonly RowRole[];

export interface TableMapping {
  /** The heading row, an index into the rows. */
  readonly header?: number;
  /** By column index. */
  readonly columns?: Readonly<Record<number, ColumnRole>>;
  /** By row index. */
  readonly rows?: Readonly<Record<number, RowRole>>;
  /** Of several versions of the figures, the one read as the table's, by name; the others become scenarios. */
  readonly version?: string;
}

/** How the table was read, to show and correct: the heading row, each column's role, each row read as other than a line. */
export interface TableLayout {
  readonly header: number;
  readonly headings: readonly string[];
  readonly columns: readonly ColumnRole[];
  /** Rows read as Subtotal, deduction, Total, a section's group or not read, by index. */
  readonly rows: ReadonlyMap<number, FileRowKind | 'skip' | 'section' | 'adjustment'>;
  /** Where the file holds several versions of its figures: the one read as the table's and every one, by name. */
  readonly versions?: { readonly read: string; readonly names: readonly string[] };
}

export const isEmptyMapping = (mapping: TableMapping): boolean =>
  mapping.header === undefined && mapping.version === undefined && Object.keys(mapping.columns ?? {}).length === 0 && Object.keys(mapping.rows ?? {}).length === 0;

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
  if (role === 'code' || role === 'name' || role === 'total' || role === 'share') return role;
  if (role === 'skip') return '';
  if (role === 'section') return SECTION_COLUMN;
  if (role === 'change' || role === 'changePercent') return markedChange(text, role === 'changePercent');
  if (role === 'category') return categoryHeading(text);
  const found = role === 'period' ? /\d{4}(?:\s*(?:-|–|\/)\s*\d{2,4})?/.exec(text)?.[0] : undefined;
  return periodHeading(found ?? text) ?? text;
}

/** The role a read heading gives its column. */
export function headingRole(heading: string): ColumnRole {
  const lower = heading.trim().toLowerCase();
  if (lower === 'code') return 'code';
  if (lower === 'name' || lower === 'line' || lower === 'thematic priority') return 'name';
  if (lower === 'total') return 'total';
  if (heading === SECTION_COLUMN) return 'section';
  if (lower === 'share') return 'share';
  if (categoryOf(heading) !== null) return 'category';
  const change = changeOf(heading);
  if (change !== null) return change.isPercent ? 'changePercent' : 'change';
  if (versionOf(heading) !== null) return 'version';
  return lower === '' ? 'skip' : 'headed';
}

/** The roles one column only can have: given to a column, taken from any other. */
const ONCE = new Set<ColumnRole>(['code', 'name', 'section', 'total', 'share']);

/** The headings with the person's column roles put on them: a column given the codes, the names, the total or the share takes them from any other. */
export function withColumnRoles(read: readonly string[], raw: readonly string[], roles: Readonly<Record<number, ColumnRole>>): string[] {
  const chosen = new Map(Object.entries(roles).map(([index, role]) => [Number(index), role]));
  const taken = new Set<ColumnRole>([...chosen.values()].filter((role) => ONCE.has(role)));
  const headings = read.map((text, i) => {
    const role = chosen.get(i);
    if (role !== undefined && role !== 'version') return roleHeading(raw[i] ?? '', role);
    const own = headingRole(text);
    return taken.has(own) ? '' : text;
  });
  const versions = [...chosen].flatMap(([index, role]) => (role === 'version' ? [index] : [])).sort((a, b) => a - b);
  return versions.length === 0 ? headings : withVersions(headings, raw, versions);
}

/**
 * Columns the person marked as another version of the figures: each the
 * version of the period its heading names ("ZRG 2025"), or else of the
 * table's periods in order (the first marked column the first period's);
 * named by its heading's other words. The table's own columns of those
 * periods become the version the file reads as the table's.
 */
function withVersions(headings: readonly string[], raw: readonly string[], marked: readonly number[]): string[] {
  const isMarked = new Set(marked);
  const own = headings.flatMap((text, i) => (isMarked.has(i) || versionOf(text) !== null ? [] : [periodHeading(text)].filter((p): p is string => p !== null)));
  // The inputs: periods holding no other (the years, not the biennium that sums them).
  const inputs = own.filter((p) => !own.some((q) => q !== p && periodSpan(p).first <= periodSpan(q).first && periodSpan(q).last <= periodSpan(p).last));
  const found = marked.map((index, k) => {
    const text = (raw[index] ?? '').trim();
    const year = /(?:fy|y)?\d{4}(?:\s*(?:-|–|\/)\s*\d{2,4})?/i.exec(text);
    const period = (year === null ? null : periodHeading(year[0])) ?? inputs[k] ?? null;
    const words = (year === null ? text : `${text.slice(0, year.index)} ${text.slice(year.index + year[0].length)}`).replace(/[()[\]:,]/g, ' ').replace(/\s+/g, ' ').trim();
    return { index, period, words: words || t('import.version.defaultName') };
  });
  const versioned = new Set(found.flatMap((f) => (f.period === null ? [] : [f.period])));
  return headings.map((text, i) => {
    const f = found.find((v) => v.index === i);
    // A marked column with no period to be a version of is set aside; the preview says so by its heading's role.
    if (f !== undefined) return f.period === null ? '' : `${f.period}${VERSION_MARK}${f.words}`;
    const period = versionOf(text) === null ? periodHeading(text) : null;
    return period !== null && versioned.has(period) ? `${period}${VERSION_MARK}` : text;
  });
}
