import { t } from '../i18n/t';
import type { Plan } from '../model/plan';
import { computeTable, rowOf, type Table } from '../model/table';
import { memosTooLarge } from '../model/validity';
import { checkDerived, inRowOrder, type Mismatch } from './import/checkDerived';
import { findHeader } from './import/findHeader';
import { readHeadings } from './import/readHeadings';
import { fiscalYears } from './import/periodHeading';
import { titleOf } from './import/titleLines';
import { inputChanges, type CellChange } from './import/inputChanges';
import { mapColumns, type ColumnMap } from './import/mapColumns';
import { isFigureText } from './import/figureText';
import { matchPlan, type Current } from './import/matchPlan';
import { nestLines } from './import/nestLines';
import { accepted, byNumber, type ColumnName } from './import/problems';
import { readAmounts } from './import/readAmounts';
import { readVersions, type VersionPreview } from './import/readVersions';
import { checkChanges } from './import/checkChanges';
import { checkColumnShares } from './import/checkColumnShares';
import { namedLikeTotals } from './import/namedLikeTotals';
import { readLines, type FileRow, type FileRowKind } from './import/readLines';
import { readNumber } from './import/readNumber';
import { ZERO } from '../model/amount';
import { NO_OUTLINE, indentedNames } from './import/indentedNames';
import { withHeadingsMerged } from './import/headingRows';
import { listed, listedBySemicolons } from './import/messages';
import { headingRole, roleHeading, withColumnRoles, type TableLayout, type TableMapping } from './import/mapping';

export { ImportError } from './import/problems';
export type { CellChange } from './import/inputChanges';
export type { Mismatch } from './import/checkDerived';

/**
 * A table of lines by years, as it comes out of a CSV file or a worksheet,
 * read into a preview: either changes to the current plan's inputs, or a new
 * plan. Shared by the CSV and XLSX importers. Headings: `code`, `name`,
 * optional `kind` (line, group, reduction, subtotal, total) and `parent`, one
 * column per year; derived columns (biennia such as `2028-2029`, `total`,
 * `share`) may be present and are checked against the computed figures —
 * every mismatch is listed, and the computed figures win.
 *
 * The reading is a pipeline of steps in ./import, each a function that
 * returns what it read or the problems it found, each naming its row and
 * column; the first step with problems stops the import with all of them
 * (an ImportError). Before this: decode and rows (decodeCsv, csvRows; or the
 * workbook's reader and sheet choice).
 */

export interface SourceTable {
  /** How the source is named in messages: "budget.csv" or "budget.xlsx, sheet Plan". */
  readonly name: string;
  /** The file's own name, where the source is a part of it (a workbook's sheet): "budget.xlsx". */
  readonly file?: string;
  /** The cells as text, heading row first. */
  readonly rows: readonly (readonly string[])[];
  /** The decimal mark numbers use in this source. */
  readonly decimal: ',' | '.';
  /** How a column is named in messages ("C" in a worksheet); 1-based numbers otherwise. */
  readonly columnName?: ColumnName;
  /** Rows and columns the workbook hides (a helper row, last year's column), by number from 1 and letter: not read, and said. */
  readonly hidden?: { readonly rows: readonly number[]; readonly columns: readonly string[] };
  /** Figures a workbook's number format shows to fewer decimals than their value: read as shown, and said. */
  readonly rounded?: readonly { readonly cell: string; readonly r: number; readonly c: number; readonly value: string; readonly shown: string }[];
}

export interface ImportPreview {
  readonly source: string;
  /** Changes to the current plan's inputs, or a plan of its own. */
  readonly kind: 'changes' | 'new-plan';
  /** The plan with the file's inputs: the current one changed, or the new one. */
  readonly plan: Plan;
  readonly table: Table;
  /** For `changes`: every input that differs from the current scenario. */
  readonly changes: readonly CellChange[];
  readonly mismatches: readonly Mismatch[];
  readonly notes: readonly string[];
  /** How the file was read, for the person to correct. */
  readonly layout: TableLayout;
  /** Whether the file says its unit; when it does not, the preview asks. */
  readonly unitSaid: boolean;
  /** Other versions of the figures beside the plan's (zero real growth beside real growth): each to become a scenario. */
  readonly versions: readonly VersionPreview[];
  /** A financial plan read: the revenue of the plan shown (`attached`), or a plan of its own of the file's expenses and revenue. */
  readonly finance?: 'attached' | 'own';
}

/** The heading row and the columns' headings, as detected and as the person's mapping corrects them. */
export function readLayout(source: SourceTable, mapping: TableMapping = {}): { header: number; headings: string[]; notes: string[] } {
  const { name, rows } = source;
  const columnName = source.columnName ?? byNumber;
  const header = mapping.header ?? accepted(name, findHeader(rows));
  const chosen = mapping.columns ?? {};
  // Periods and columns not read change what the detection sees (a table with periods is a published one); codes and names are put on after it.
  const told = (rows[header] ?? []).map((text, i) => (chosen[i] === 'period' || chosen[i] === 'skip' ? roleHeading(text, chosen[i]) : text));
  const read = readHeadings(rows.map((cells, i) => (i === header ? told : cells)), header, columnName);
  // A run of fiscal years ("2014/15", "2015/16") is years, not overlapping two-year periods.
  const headings = withColumnRoles(fiscalYears(rows[header] ?? [], read.headings), rows[header] ?? [], chosen);
  // A note on a column the person has given a role no longer applies.
  const notes = read.notes.filter((note) => chosen[note.column] === undefined).map((note) => note.text);
  return { header, headings, notes };
}

/** The layout of a file as its headings are read, before its rows are: what a refused file offers to correct. */
export const headingLayout = (source: SourceTable, mapping: TableMapping): TableLayout => layoutOf(source, readLayout(source, mapping), mapping, new Map());

/** The layout shown: the heading row's cells as written, each column's role, the rows read as other than lines. */
const layoutOf = (source: SourceTable, { header, headings }: { header: number; headings: readonly string[] }, mapping: TableMapping, rows: TableLayout['rows']): TableLayout => ({
  header,
  headings: source.rows[header] ?? [],
  columns: headings.map((heading, i) => mapping.columns?.[i] ?? headingRole(heading)),
  rows,
});

/** What each row was read as, where it is not a line: the layout's rows. */
function rowKinds(lines: readonly FileRow[], mapping: TableMapping, adjustments: ReadonlySet<string>): TableLayout['rows'] {
  const kinds = new Map<number, FileRowKind | 'skip' | 'section' | 'adjustment'>();
  for (const r of lines) {
    if (r.kind === 'line' && adjustments.has(r.code)) kinds.set(r.row - 1, 'adjustment');
    else if (r.kind !== 'line') kinds.set(r.row - 1, r.kind === 'group' && r.cells.length === 0 ? 'section' : r.kind);
  }
  for (const [index, role] of Object.entries(mapping.rows ?? {})) if (role === 'skip') kinds.set(Number(index), 'skip');
  return kinds;
}

/** Rows with figures the reading left out (a memo under the Total), said so that nothing is dropped silently. */
function unreadNote(rows: SourceTable['rows'], header: number, lines: readonly Pick<FileRow, 'row'>[], figures: readonly number[], mapping: TableMapping): string[] {
  const read = new Set(lines.map((r) => r.row));
  const unread = rows.flatMap((cells, i) =>
    i > header && !read.has(i + 1) && mapping.rows?.[i] !== 'skip' && figures.some((index) => (cells[index] ?? '').trim() !== '') ? [i + 1] : [],
  );
  return unread.length === 0 ? [] : [t('import.note.unread', { count: unread.length, rows: listed(unread) })];
}

/** Figures in a column with no heading and no role (beyond the table's last heading): not read, and said, so that nothing is dropped silently. */
function unheadedNote(lines: readonly FileRow[], headings: readonly string[], columns: ColumnMap, columnName: ColumnName): string[] {
  const used = new Set([columns.code, columns.name, columns.kind, columns.parent, ...columns.figures.map((f) => f.index), ...columns.changes.map((c) => c.index), ...columns.versions.flatMap((v) => v.figures.map((f) => f.index))]);
  const found = new Map<number, number[]>();
  for (const line of lines) {
    line.cells.forEach((text, index) => {
      if (used.has(index) || (headings[index] ?? '').trim() !== '' || !isFigureText(text)) return;
      found.set(index, [...(found.get(index) ?? []), line.row]);
    });
  }
  return [...found].map(([index, rows]) => t('import.note.unheaded', { column: columnName(index), count: rows.length, rows: listed(rows) }));
}

/** Blank cells of a published table read as nil, said, since a blank could also be a figure left out. */
const blankNote = (blanks: readonly string[]): string[] =>
  blanks.length === 0
    ? []
    : [blanks.length > 6 ? t('import.note.blanksMore', { cells: listedBySemicolons(blanks.slice(0, 6)), count: blanks.length - 6 }) : t('import.note.blanks', { cells: listedBySemicolons(blanks) })];

/** An "of which" larger than the line it is part of, said before it is taken (the plan's rule memo-size breaks once it is). */
const memoNote = (table: Table): string[] =>
  memosTooLarge(table, (value) => value.toFixed()).map((breach) => {
    // Named as the file names them: its codes may be the app's own (M1, L1).
    const part = rowOf(table, breach.cells[0]!.rowId);
    const whole = rowOf(table, part.partOf!);
    const years = breach.cells.map(({ columnId }) => {
      const y = table.layout.years.indexOf(columnId);
      return t('import.note.memoYear', { year: columnId, part: part.years[y]!.toFixed(), whole: whole.years[y]!.toFixed() });
    });
    return t('import.note.memoTooLarge', { part: part.name, whole: whole.name, years: listed(years) });
  });

/** Versions of the figures, said: which is read as the table's, which become scenarios. */
const versionNote = (version: string | undefined, versions: readonly VersionPreview[]): string[] => {
  if (versions.length === 0) return [];
  const others = listed(versions.map((v) => t('import.note.versionDiffers', { name: v.name, count: v.changes.length })));
  return [t('import.note.versions', { count: versions.length + 1, version: version || t('import.note.firstVersion'), others, otherCount: versions.length })];
};

/** What a workbook hides, left out and said: a hidden column is not last year's period, a hidden row no line. */
const hiddenNote = (hidden: SourceTable['hidden']): string[] =>
  hidden === undefined || hidden.rows.length + hidden.columns.length === 0
    ? []
    : [t('import.note.hidden', { rows: hidden.rows.length, rowList: listed(hidden.rows), columns: hidden.columns.length, columnList: listed(hidden.columns) })];

/** Figures read as the workbook shows them, to its format's decimals, said with the first few: the table published is the one shown. */
const roundedNote = (rounded: SourceTable['rounded']): string[] =>
  rounded === undefined || rounded.length === 0
    ? []
    : [t('import.note.roundedAsShown', { count: rounded.length, cells: listed(rounded.slice(0, 3).map((r) => t('import.note.roundedCell', r))) })];

/** Deductions taken off together, said: the plan has one reduction, their sum. */
const deductionNote = (lines: readonly FileRow[]): string[] => {
  const deductions = lines.filter((r) => r.kind === 'reduction');
  const names = listed(deductions.map((r) => t('import.quoted', { name: r.name })));
  return deductions.length < 2 ? [] : [t('import.note.deductions', { rows: listed(deductions.map((r) => r.row)), names })];
};

/**
 * Lines read as adjustments, said: added like any line but allowed below
 * zero (an exchange adjustment, a transfer to the Reserve), no share of the
 * lines' money to move; one that only takes off may be marked a deduction.
 */
const adjustmentNote = (lines: readonly FileRow[], adjustments: ReadonlySet<string>): string[] => {
  const found = lines.filter((r) => r.kind === 'line' && adjustments.has(r.code));
  if (found.length === 0) return [];
  return [t('import.note.adjustments', { count: found.length, rows: listed(found.map((r) => r.row)), names: listed(found.map((r) => t('import.quoted', { name: r.name || r.code }))) })];
};

/** Sections the lines were grouped in, said, since a heading row groups what follows it. */
const sectionNote = (lines: readonly FileRow[], columns: ColumnMap, headings: readonly string[], columnName: ColumnName): string[] => {
  const byColumn = columns.section !== undefined;
  const groups = lines.filter((r) => r.kind === 'group' && r.parent === null && (byColumn || r.cells.length === 0));
  const sections = listed(groups.map((r) => t('import.note.section', { row: String(r.row), name: r.name })));
  if (groups.length === 0) return [];
  // A column of sections is left out as a column; a heading row, as a row.
  return [byColumn ? t('import.note.sectionColumn', { column: columnName(columns.section!), heading: (headings[columns.section!] ?? '').trim(), sections }) : t('import.note.sections', { sections })];
};

/** A published line holds the lines its code begins (2.1 → 2.1a) where it has no figures, or its figures are theirs in every period. */
const figuresAddUp = (columns: ColumnMap, decimal: ',' | '.') => (parent: FileRow, children: readonly FileRow[]) => {
  if (columns.kind !== undefined) return true;
  const value = (r: FileRow, index: number) => readNumber(r.cells[index] ?? '', decimal).value;
  if (columns.years.every(({ index }) => (parent.cells[index] ?? '').trim() === '')) return true;
  return columns.years.every(({ index }) => {
    const own = value(parent, index);
    return own !== null && children.reduce((sum, r) => sum.plus(value(r, index) ?? ZERO), ZERO).eq(own);
  });
};

/** The source with lines indented by column read as one column of names (indentedNames.ts), and its layout. */
function outlined(given: SourceTable, mapping: TableMapping) {
  const found = readLayout(given, mapping);
  // Headings over two rows ("Part", "Section" under the periods' row) are one heading row.
  const source = { ...given, rows: withHeadingsMerged(given.rows, found.header) };
  const detected = source.rows === given.rows ? found : readLayout(source, { ...mapping, header: found.header });
  // Where the person says which column holds the names, it does.
  const namesTold = Object.values(mapping.columns ?? {}).some((role) => role === 'name' || role === 'code');
  const indented = namesTold ? null : indentedNames(source.rows, detected.header);
  if (indented === null) return { source, read: detected, outline: NO_OUTLINE };
  const merged = { ...source, rows: indented.rows };
  return { source: merged, read: readLayout(merged, { ...mapping, header: detected.header }), outline: indented.outline };
}

export function interpretTable(original: SourceTable, current: Current, mapping: TableMapping = {}): ImportPreview {
  const { source, read, outline } = outlined(original, mapping);
  const { name, rows, decimal } = source;
  const columnName = source.columnName ?? byNumber;
  const { header, ...headings } = read;
  const columns = accepted(name, mapColumns(headings.headings, header + 1, columnName, mapping.version));
  // Lines named as totals or deductions ("Total quality management") are lines where their figures say so: read so, and said.
  const lookalikes = namedLikeTotals(rows, header, columns, decimal, mapping.rows ?? {});
  const roles = { ...Object.fromEntries(lookalikes.map((r) => [r.index, r.named === 'adjustment' ? ('adjustment' as const) : ('line' as const)])), ...mapping.rows };
  const lines = accepted(name, nestLines(accepted(name, readLines(rows, header, columns, columnName, { roles, decimal, outline })), columns.parent !== undefined, figuresAddUp(columns, decimal)));
  const isPublished = columns.kind === undefined && columns.parent === undefined;
  const own = accepted(name, readAmounts(lines, columns.years, decimal, columnName, isPublished));
  // The plan's decimals are every version's: a forecast of 118.5 beside a budget of whole figures keeps its half.
  const versionAmounts = columns.versions.map((v) => readAmounts(lines, v.years, decimal, columnName, isPublished)).flatMap((r) => (r.ok ? [r.value] : []));
  // A line below zero in any version is an adjustment in all of them; so is one the person or the app's file says is.
  const belowZero = new Set([...own.belowZero, ...versionAmounts.flatMap((v) => [...v.belowZero]), ...lines.flatMap((r) => (r.signed === true ? [r.code] : []))]);
  const amounts = { ...own, scale: Math.max(own.scale, ...versionAmounts.map((v) => v.scale)), belowZero };
  const described = { ...titleOf(rows, header), lineHeading: columns.name === undefined ? '' : (rows[header]?.[columns.name] ?? '') };
  const match = accepted(name, matchPlan({ name, rows: lines, years: columns.years, columnsAre: columns.columnsAre, ranges: columns.ranges, amounts, ...described, versionNames: columns.versions.length === 0 ? [] : [columns.version ?? '', ...columns.versions.map((v) => v.name)] }, current, columnName));
  const table = computeTable(match.plan);
  const derived = accepted(name, checkDerived(lines, columns, table, decimal, columnName));
  const base = match.kind === 'new-plan' ? table : current.table;
  const versions = accepted(name, readVersions({ name, lines, columns, decimal, blankIsNil: isPublished }, match.plan, base, columnName));
  const columnShares = checkColumnShares(rows, header, columns, table, decimal, columnName);
  const changed = checkChanges(lines, columns.changes, [{ figures: columns.figures, table }, ...versions.sources], decimal, columnName);
  // Versions name the table's own figures after theirs ("Real growth"), beside the scenarios of the others.
  const named = match.kind === 'new-plan' && (columns.version ?? '') !== '' ? { ...match.plan, baselineName: columns.version! } : match.plan;
  // A variance between two of the table's own columns stays, derived.
  const plan = match.kind === 'new-plan' && changed.kept.length > 0 ? { ...named, changes: changed.kept } : named;
  return {
    source: name,
    kind: match.kind,
    plan,
    table: plan.changes === undefined ? table : computeTable(plan),
    changes: match.kind === 'changes' ? inputChanges(current.table, table) : [],
    mismatches: inRowOrder([...derived.mismatches, ...versions.mismatches, ...changed.mismatches, ...columnShares.mismatches]),
    notes: [...hiddenNote(original.hidden), ...roundedNote(original.rounded), ...(columns.counts ?? []).map((words) => t('import.note.counts', { words })), ...versionNote(columns.version, versions.versions), ...memoNote(table), ...match.notes, ...headings.notes, ...blankNote(amounts.blanks), ...sectionNote(lines, columns, rows[header] ?? [], columnName), ...deductionNote(lines), ...adjustmentNote(lines.filter((r) => !lookalikes.some((l) => l.index === r.row - 1)), belowZero), ...lookalikes.map((r) => t(r.named === 'total' ? 'import.note.namedLikeTotal' : r.named === 'adjustment' ? 'import.note.deductionAmongLines' : 'import.note.namedLikeDeduction', { row: String(r.index + 1), name: r.name })), ...lines.flatMap((r) => (r.bySum === true ? [t('import.note.totalBySum', { row: String(r.row), name: r.name || r.cells.find((c) => c !== '') || '' })] : [])), ...unheadedNote(lines, headings.headings.map((text, i) => (text.trim() === '' ? (rows[header]?.[i] ?? '') : text)), columns, columnName), ...unreadNote(rows, header, [...lines, ...columnShares.rows.map((row) => ({ row }))], columns.figures.map((f) => f.index), mapping), ...derived.notes, ...changed.notes],
    layout: { ...layoutOf(source, read, mapping, rowKinds(lines, mapping, belowZero)), ...(versions.versions.length === 0 ? {} : { versions: { read: columns.version ?? '', names: [columns.version ?? '', ...versions.versions.map((v) => v.name)] } }) },
    unitSaid: match.unitSaid,
    versions: versions.versions,
  };
}
