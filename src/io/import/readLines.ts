import { t } from '../../i18n/t';
import { COLUMN_SHARE_NAME } from '../../model/columns';
import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID } from '../../model/plan';
import { ADJUSTMENT_KIND } from '../../model/tableShape';
import type { TextRows } from './findHeader';
import type { ColumnMap } from './mapColumns';
import type { RowRole } from './mapping';
import { cellProblem, checked, rowProblem, type Checked, type ColumnName, type ImportProblem } from './problems';
import { OF_WHICH, PERCENT_ROW, codeByName, derivedCode, isSubtracting } from './rowNames';

import { sectionsInColumn, sectionsOf, type Section } from './sections';
import { listed } from './messages';
import { readNumber } from './readNumber';
import { NO_OUTLINE, type Outline } from './indentedNames';
import { ZERO } from '../../model/amount';

type RowRoles = Readonly<Record<number, RowRole>>;

interface ReadOptions {
  /** The person's row roles, by row index. */
  readonly roles?: RowRoles;
  /** The file's decimal mark, to add a section's lines up against its heading's figures. */
  readonly decimal?: ',' | '.';
  /** Lines indented by column: their groups, found by depth (indentedNames.ts). */
  readonly outline?: Outline;
}



export const KINDS = ['line', 'memo', 'group', 'reduction', 'subtotal', 'total'] as const;
export type FileRowKind = (typeof KINDS)[number];

/** A row of the file below the headings: what it is, and its cells. */
export interface FileRow {
  /** Its row in the file, from 1. */
  readonly row: number;
  /** A line's code; the kind for Subtotal, the reduction and Total. */
  readonly code: string;
  readonly name: string;
  readonly kind: FileRowKind;
  /** The code of the group it is in, from the parent column. */
  readonly parent: string | null;
  /** Its cells, trimmed, by column. */
  readonly cells: readonly string[];
  /** A deduction written as a positive figure under a name that subtracts it ("Less: estimated income"): its figures count negated. */
  readonly subtracts?: boolean;
  /** An adjustment, by the person's role or the app's kind column: a line that may be below zero (LeafLine.signed). */
  readonly signed?: boolean;
  /** A Total found by its figures, not its name: the sum of the lines above it in every column ("Итого", "Celkem", coded TOT). */
  readonly bySum?: boolean;
}

function kindOf(kindText: string, code: string): FileRowKind | null {
  if (kindText === ADJUSTMENT_KIND) return 'line';
  if (kindText !== '') return (KINDS as readonly string[]).includes(kindText) ? (kindText as FileRowKind) : null;
  const lower = code.toLowerCase();
  return lower === SUBTOTAL_ID || lower === TOTAL_ID || lower === REDUCTION_ID ? lower : 'line';
}

/** A published table's sections (see sections.ts), by the rows they start at, close at and hold. */
function sectionsByRow(rows: TextRows, header: number, columns: ColumnMap, cell: (cells: readonly string[], index: number | undefined) => string, { roles = {}, decimal = '.', outline = NO_OUTLINE }: ReadOptions) {
  const body = rows.flatMap((cells, i) => (i > header && roles[i] !== 'skip' && cells.some((c) => c.trim() !== '') ? [i] : []));
  const hasFigures = (i: number) => columns.figures.some(({ index }) => cell(rows[i]!, index) !== '');
  const firstFigure = Math.min(...columns.figures.map(({ index }) => index));
  // A heading may stand in any label column ("A." beside "Programmes", or "A. Programmes" in the first): its label cells together.
  const nameOf = (i: number) =>
    hasFigures(i) ? cell(rows[i]!, columns.name) : rows[i]!.slice(0, firstFigure).map((text) => text.trim()).filter((text) => text !== '').join(' ');
  // The app's own files say each row's kind and parent; a published table says them by its layout.
  const isPublished = columns.kind === undefined && columns.parent === undefined;
  // A row of percentages ("in % of GNI") is no amount: never a line, a total or a section's.
  const isPercentRow = (i: number) => isPublished && roles[i] === undefined && PERCENT_ROW.test(nameOf(i));
  // The table's last total: the last row named so, or the net row after a deduction ("Estimated net appropriations").
  const named = (i: number) => (roles[i] === 'skip' || roles[i] === 'memo' || roles[i] === 'line' || roles[i] === 'adjustment' || roles[i] === 'section' || isPercentRow(i) ? '' : (roles[i] ?? codeByName(nameOf(i))));
  const withFigures = body.filter(hasFigures);
  const deduction = withFigures.findLast((i) => named(i) === 'reduction');
  const totals = withFigures.filter((i) => named(i) === 'total');
  // A Total written first, above the lines it sums ("Total" then its breakdown), closes nothing below it.
  const isTotalOnTop = totals.length === 1 && totals[0] === withFigures[0] && withFigures.length > 1 && deduction === undefined;
  // After the last line, the totals one under the other (a section's, then the table's) close the table: the last of
  // them; a total further down, past a row of another kind (payments under commitments, past "in % of GNI"), is a memo.
  const lastLine = withFigures.findLast((i) => named(i) === '' && !isPercentRow(i)) ?? -1;
  const tail = withFigures.filter((i) => i > lastLine);
  const run = tail.findIndex((i) => named(i) !== 'total' && named(i) !== 'subtotal');
  const closing = (run === -1 ? tail : tail.slice(0, run)).findLast((i) => named(i) === 'total') ?? totals.at(-1) ?? -1;
  const lastTotal = isTotalOnTop ? -1 : Math.max(closing, (deduction === undefined ? undefined : withFigures.find((i) => i > deduction)) ?? -1);
  // Sections among the table's rows: none of a memo under the Total, nor of a row of percentages.
  const tableRows = body.filter((i) => !isPercentRow(i) && (lastTotal === -1 || i <= lastTotal));
  // A heading's figures are its lines' sums when every period's figures, read, add up (an "of which" adds into nothing).
  const valueOf = (i: number, index: number) => readNumber(cell(rows[i]!, index), decimal).value;
  const sumsTo = (heading: number, lines: readonly number[]) =>
    columns.years.every(({ index }) => {
      const own = valueOf(heading, index);
      const parts = lines.filter((i) => roles[i] !== 'memo' && !OF_WHICH.test(nameOf(i))).map((i) => valueOf(i, index) ?? ZERO);
      return own !== null && parts.reduce((sum, value) => sum.plus(value), ZERO).eq(own);
    });
  const chosen = (i: number) => (roles[i] === 'skip' ? undefined : roles[i] === 'memo' || roles[i] === 'adjustment' ? 'line' : roles[i] === 'section' ? 'heading' : roles[i]);
  // An outline's groups are its indentation's (indentedNames.ts), not sections found by headings and subtotals.
  // A column of sections groups its runs of lines; else headings and subtotals do, where no outline's indentation does.
  const sections =
    columns.section !== undefined
      ? sectionsInColumn(tableRows, (i) => cell(rows[i]!, columns.section), (i) => cell(rows[i]!, columns.name), hasFigures)
      : isPublished && outline.groups.size === 0
        ? sectionsOf(tableRows, nameOf, hasFigures, chosen, sumsTo)
        : [];
  // A named row without figures right above a total ("Travel" with both years blank) is a line of nil, not a heading of nothing.
  const headings = new Set(sections.flatMap((s) => (s.heading === null ? [] : [s.heading])));
  const nilLines = new Set(
    body.filter((i, k) => {
      const next = body[k + 1];
      const closes = next !== undefined && hasFigures(next) && ['subtotal', 'total', 'reduction'].includes(named(next));
      return isPublished && roles[i] === undefined && !hasFigures(i) && nameOf(i) !== '' && !headings.has(i) && closes && named(i) === '';
    }),
  );
  return {
    isPublished,
    lastTotal,
    nilLines,
    isPercentRow,
    startingAt: new Map(sections.map((s) => [s.heading ?? s.lines[0]!, s])),
    closing: new Set(sections.flatMap((s) => (s.close === null ? [] : [s.close]))),
    holding: new Map(sections.flatMap((s) => s.lines.map((line) => [line, s.code] as const))),
  };
}

/** At a deduction, the row it is taken off becomes the Subtotal: the total above it, or a line named gross right above it in a published table. */
function grossAsSubtotal(lines: FileRow[], seen: Map<string, number>, isPublished: boolean): void {
  const isGrossLine = isPublished && lines.at(-1)?.kind === 'line' && /\bgross\b/i.test(lines.at(-1)!.name);
  const gross = isGrossLine ? lines.length - 1 : lines.findLastIndex((line) => line.kind === 'total');
  if (gross === -1 || lines.some((line) => line.kind === 'subtotal')) return;
  seen.delete(lines[gross]!.code.toLowerCase());
  lines[gross] = { ...lines[gross]!, code: SUBTOTAL_ID, kind: 'subtotal' };
  seen.set(SUBTOTAL_ID, lines[gross]!.row);
}

/** An outline's group at row index i, as a row of the file: the figures of the row closing it, or its own where it has them, are checked as the group's. */
function outlineGroup(rows: TextRows, i: number, columns: ColumnMap, outline: Outline): FileRow | undefined {
  const group = outline.groups.get(i);
  if (group === undefined) return undefined;
  const sums = rows[group.close ?? i] ?? [];
  const hasSums = columns.figures.some(({ index }) => (sums[index] ?? '').trim() !== '');
  return { row: i + 1, code: group.code, name: group.name, kind: 'group', parent: group.parent, cells: hasSums ? sums.map((text) => text.trim()) : [] };
}

/** A section's group, as a row of the file: its figures are its closing row's, where it has one. */
const sectionRow = (rows: TextRows, s: Section): FileRow => {
  const at = s.close ?? s.heading ?? s.lines[0]!;
  return { row: at + 1, code: s.code, name: s.name, kind: 'group', parent: null, cells: s.close === null ? [] : rows[s.close]!.map((text) => text.trim()) };
};

/**
 * The rows under the heading row (`header`, an index into `rows`), blank ones
 * skipped: each needs a code (or a name that says it is Subtotal, the
 * reduction or Total), codes are unique whatever their case, and a kind
 * column says line, group, reduction, subtotal or total. Rows without
 * figures below Total are notes, and left out. A published table's sections
 * become groups of the lines in them. The person's row roles (by row index)
 * say what a row is where its name does not, or that it is not read.
 */
export function readLines(rows: TextRows, header: number, columns: ColumnMap, columnName: ColumnName, options: ReadOptions = {}): Checked<FileRow[]> {
  const roles = options.roles ?? {};
  const problems: ImportProblem[] = [];
  const lines: FileRow[] = [];
  const seen = new Map<string, number>();
  const cell = (cells: readonly string[], index: number | undefined) => (index === undefined ? '' : (cells[index] ?? '').trim());
  const hasCodes = columns.code !== -1;
  let isPastTotal = false;
  let lineCount = 0;
  let memoCount = 0;
  const sections = sectionsByRow(rows, header, columns, cell, options);
  rows.slice(header + 1).forEach((cells, k) => {
    const row = header + 2 + k;
    const role = roles[row - 1];
    if (role === 'skip' || cells.every((c) => c.trim() === '')) return;
    const found = role === undefined ? outlineGroup(rows, row - 1, columns, options.outline ?? NO_OUTLINE) : undefined;
    const group = found === undefined || found.parent === null || seen.has(found.parent.toLowerCase()) ? found : { ...found, parent: null };
    if (group !== undefined) {
      if (seen.has(group.code.toLowerCase())) return void problems.push(rowProblem(row, t('import.lines.groupTwice', { code: group.code, other: String(seen.get(group.code.toLowerCase())) })));
      seen.set(group.code.toLowerCase(), row);
      return void lines.push(group);
    }
    if (role === undefined && options.outline?.closing.has(row - 1) === true) return;
    const section = sections.startingAt.get(row - 1);
    if (section !== undefined) {
      const group = sectionRow(rows, section);
      if (seen.has(group.code.toLowerCase())) return void problems.push(rowProblem(group.row, t('import.lines.sectionTwice', { code: group.code, other: String(seen.get(group.code.toLowerCase())) })));
      seen.set(group.code.toLowerCase(), group.row);
      lines.push(group);
      if (section.heading === row - 1) return;
    }
    if (sections.closing.has(row - 1)) return;
    const hasFigures = columns.figures.some(({ index }) => cell(cells, index) !== '');
    // Below Total, a row without figures is a note under the table (the app's own workbooks have one), not a line;
    // in a published table, so is any row without figures (a section's heading, a footnote).
    if ((isPastTotal || !hasCodes) && !hasFigures && role === undefined && !sections.nilLines.has(row - 1)) return;
    // A row of percentages, and in a published table figures below the Total (a memo), are not the table's: not read, and said (tableImport.ts).
    if (sections.isPercentRow(row - 1)) return;
    if (sections.isPublished && role === undefined && sections.lastTotal !== -1 && row - 1 > sections.lastTotal) return;
    const labelled = hasCodes ? { code: cell(cells, columns.code), name: cell(cells, columns.name) } : { code: '', name: cell(cells, columns.name) };
    // The app's own workbook of a table of categories writes each column's share under the Total: derived, not a line.
    if (isPastTotal && labelled.code === '' && labelled.name === COLUMN_SHARE_NAME) return;
    // An "of which" line is shown under the line it is part of, and added into nothing.
    const isMemo = role === 'memo' || (role === undefined && sections.isPublished && OF_WHICH.test(labelled.name));
    // The app's own files say Subtotal, the reduction and Total in their kind column, whatever the table names them ("Total gross appropriations" is the Subtotal there).
    const kindSaid = cell(cells, columns.kind).toLowerCase();
    const byKind = role === undefined && (kindSaid === SUBTOTAL_ID || kindSaid === REDUCTION_ID || kindSaid === TOTAL_ID) ? kindSaid : '';
    const byName = isMemo ? '' : byKind !== '' ? byKind : role === undefined ? codeByName(labelled.name) : role === 'line' || role === 'adjustment' || role === 'section' ? '' : role;
    // Right after a deduction, a row the table leaves without a code is its net total ("Estimated net appropriations");
    // rows further down are lines again (another section's).
    const afterDeduction = role === undefined && byName === '' && !isMemo && lines.at(-1)?.kind === 'reduction' && !lines.some((line) => line.kind === 'total') ? TOTAL_ID : '';
    const { code, name } =
      labelled.code !== '' || byName !== '' || afterDeduction !== ''
        ? { code: labelled.code || byName || afterDeduction, name: labelled.name }
        : isMemo
          ? // An "of which" row is often left without a code, even in a table of codes.
            { code: `M${++memoCount}`, name: labelled.name }
          : hasCodes
            ? labelled
            : derivedCode(labelled.name, lineCount + 1);
    if (code === '') return void problems.push(rowProblem(row, t('import.lines.noCode')));
    // Figures with no name in a table named by its names: a Total left unnamed, or a line whose name is in a column not read. Never a line silently.
    if (!hasCodes && role === undefined && labelled.name === '' && code === derivedCode('', lineCount + 1).code && hasFigures) {
      return void problems.push(rowProblem(row, t('import.lines.noName')));
    }
    // Named by its row, not by the code it was given: a published table has none.
    if (isMemo && !lines.some((r) => r.kind === 'line' || r.kind === 'group')) {
      return void problems.push(rowProblem(row, t('import.lines.memoAlone', { name: labelled.name })));
    }
    const other = seen.get(code.toLowerCase());
    // A published table may take off more than one row ("Vacancy factor", "Efficiency savings"): together, the plan's deduction.
    const isFurtherDeduction = sections.isPublished && code.toLowerCase() === REDUCTION_ID;
    if (other !== undefined && !isFurtherDeduction) return void problems.push(rowProblem(row, t('import.lines.codeTwice', { code, other: String(other) })));
    seen.set(code.toLowerCase(), row);
    const kindText = cell(cells, columns.kind).toLowerCase();
    const kind = isMemo ? 'memo' : kindOf(kindText, code);
    if (kind === null) {
      return void problems.push(cellProblem({ row, column: columnName(columns.kind!), label: 'kind' }, t('import.lines.badKind', { kind: kindText, kinds: listed([...KINDS, ADJUSTMENT_KIND]) })));
    }
    const isLine = kind === 'line' || kind === 'memo' || kind === 'group';
    isPastTotal ||= kind === 'total';
    if (kind === 'line') lineCount++;
    // A deduction among the lines, read as an adjustment, takes off too.
    const subtracts = (kind === 'reduction' && (role === 'reduction' || isSubtracting(name))) || (kind === 'line' && role === 'adjustment' && isSubtracting(name));
    // "Total gross appropriations", then "Less: estimated income": a total above a deduction is the Subtotal;
    // so is a line named gross right above it ("Gross revenue"), in a published table.
    if (kind === 'reduction') grossAsSubtotal(lines, seen, sections.isPublished && role === undefined);
    // An outline's group is its lines' only where it was read as one (the person may have marked its row otherwise).
    const outlined = role === undefined ? options.outline?.parents.get(row - 1) : undefined;
    const inGroup = outlined !== undefined && seen.has(outlined.toLowerCase()) ? outlined : undefined;
    lines.push({ row, code: isLine ? code : kind, name, kind, parent: inGroup ?? sections.holding.get(row - 1) ?? (cell(cells, columns.parent) || null), cells: cells.map((text) => text.trim()), ...(subtracts ? { subtracts } : {}), ...(kind === 'line' && (role === 'adjustment' || kindText === ADJUSTMENT_KIND) ? { signed: true } : {}) });
  });
  return checked(numberedDeductions(totalBySum(lines, columns, options)), problems);
}

/**
 * A flat table's last line that is the sum of the lines above it in every
 * column, with no Total named: its Total, whatever its name or code ("Summe",
 * "Celkem", `TOT`). Read as a line, it would double the table's Total
 * silently; the preview says it was read so (tableImport.ts).
 */
function totalBySum(lines: FileRow[], columns: ColumnMap, { roles = {}, decimal = '.' }: ReadOptions): FileRow[] {
  const last = lines.at(-1);
  const above = lines.slice(0, -1);
  const isFlat = lines.every((r) => r.kind === 'line' && r.parent === null && r.signed !== true);
  if (last === undefined || above.length < 2 || !isFlat || roles[last.row - 1] !== undefined || columns.years.length === 0) return lines;
  const value = (r: FileRow, index: number) => readNumber(r.cells[index] ?? '', decimal).value;
  const isSum = columns.years.every(({ index }) => {
    const own = value(last, index);
    const parts = above.map((r) => value(r, index));
    return own !== null && !own.isZero() && parts.every((part) => part !== null) && parts.reduce((sum, part) => sum.plus(part!), ZERO).eq(own);
  });
  return isSum ? [...above, { ...last, code: TOTAL_ID, kind: 'total', bySum: true }] : lines;
}

/** Several deduction rows, each numbered (`reduction-1`, `reduction-2`): their sum is the plan's reduction (readAmounts.ts), each row the file's. */
export const DEDUCTION_PREFIX = `${REDUCTION_ID}-`;

function numberedDeductions(lines: FileRow[]): FileRow[] {
  const deductions = lines.filter((r) => r.kind === 'reduction');
  if (deductions.length < 2) return lines;
  return lines.map((r) => (r.kind === 'reduction' ? { ...r, code: `${DEDUCTION_PREFIX}${deductions.indexOf(r) + 1}` } : r));
}
