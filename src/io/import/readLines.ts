import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID } from '../../model/plan';
import type { TextRows } from './findHeader';
import type { ColumnMap } from './mapColumns';
import { cellProblem, checked, rowProblem, type Checked, type ColumnName, type ImportProblem } from './problems';

export const KINDS = ['line', 'group', 'reduction', 'subtotal', 'total'] as const;
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
}

/** The document and the app's workbooks leave the code of Subtotal, reduction and Total empty. */
const codeByName = (name: string) =>
  /^subtotal$/i.test(name) ? SUBTOTAL_ID : /^total$/i.test(name) ? TOTAL_ID : /reduction/i.test(name) ? REDUCTION_ID : '';

function kindOf(kindText: string, code: string): FileRowKind | null {
  if (kindText !== '') return (KINDS as readonly string[]).includes(kindText) ? (kindText as FileRowKind) : null;
  const lower = code.toLowerCase();
  return lower === SUBTOTAL_ID || lower === TOTAL_ID || lower === REDUCTION_ID ? lower : 'line';
}

/**
 * The rows under the heading row (`header`, an index into `rows`), blank ones
 * skipped: each needs a code (or a name that says it is Subtotal, the
 * reduction or Total), codes are unique whatever their case, and a kind
 * column says line, group, reduction, subtotal or total. Rows without
 * figures below Total are notes, and left out.
 */
export function readLines(rows: TextRows, header: number, columns: ColumnMap, columnName: ColumnName): Checked<FileRow[]> {
  const problems: ImportProblem[] = [];
  const lines: FileRow[] = [];
  const seen = new Map<string, number>();
  const cell = (cells: readonly string[], index: number | undefined) => (index === undefined ? '' : (cells[index] ?? '').trim());
  let isPastTotal = false;
  rows.slice(header + 1).forEach((cells, k) => {
    const row = header + 2 + k;
    if (cells.every((c) => c.trim() === '')) return;
    // Below Total, a row without figures is a note under the table (the app's own workbooks have one), not a line.
    if (isPastTotal && columns.figures.every(({ index }) => cell(cells, index) === '')) return;
    const name = cell(cells, columns.name);
    const code = cell(cells, columns.code) || codeByName(name);
    if (code === '') return void problems.push(rowProblem(row, 'no code'));
    const other = seen.get(code.toLowerCase());
    if (other !== undefined) return void problems.push(rowProblem(row, `code ${code} appears twice (also on row ${other})`));
    seen.set(code.toLowerCase(), row);
    const kindText = cell(cells, columns.kind).toLowerCase();
    const kind = kindOf(kindText, code);
    if (kind === null) {
      return void problems.push(cellProblem({ row, column: columnName(columns.kind!), label: 'kind' }, `“${kindText}” is not one of ${KINDS.join(', ')}`));
    }
    const isLine = kind === 'line' || kind === 'group';
    isPastTotal ||= kind === 'total';
    lines.push({ row, code: isLine ? code : kind, name, kind, parent: cell(cells, columns.parent) || null, cells: cells.map((text) => text.trim()) });
  });
  return checked(lines, problems);
}
