import { Dec, ZERO, parseAmount, type Amount, type NumberStyle } from '../model/amount';
import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_COLUMN, TOTAL_ID, planProblems, type Biennium, type Plan, type PlanLine } from '../model/plan';
import { percentHalfUp } from '../model/share';
import { amountAt, computeTable, shareOf, type Table } from '../model/table';

/**
 * A table of lines by years, as it comes out of a CSV file or a worksheet,
 * read into a preview: either changes to the current plan's inputs, or a new
 * plan. Shared by the CSV and XLSX importers. Headings: `code`, `name`,
 * optional `kind` (line, group, reduction, subtotal, total) and `parent`, one
 * column per year; derived columns (biennia such as `2028-2029`, `total`,
 * `share`) may be present and are checked against the computed figures —
 * every mismatch is listed, and the computed figures win.
 */

export interface SourceTable {
  /** How the source is named in messages: "budget.csv" or "budget.xlsx, sheet Plan". */
  readonly name: string;
  /** The cells as text, heading row first. */
  readonly rows: readonly (readonly string[])[];
  /** The decimal mark numbers use in this source. */
  readonly decimal: ',' | '.';
  /** How a column is named in messages ("C" in a worksheet); 1-based numbers otherwise. */
  readonly columnName?: (index: number) => string;
}

export interface CellChange {
  readonly rowId: string;
  readonly year: string;
  readonly from: Amount;
  readonly to: Amount;
}

export interface Mismatch {
  readonly where: string;
  readonly rowId: string;
  readonly columnId: string;
  readonly inFile: string;
  readonly computed: string;
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
}

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source} cannot be imported: ${problems.slice(0, 12).join('; ')}${problems.length > 12 ? `; and ${problems.length - 12} more` : ''}.`);
  }
}

const KINDS = ['line', 'group', 'reduction', 'subtotal', 'total'] as const;
type Kind = (typeof KINDS)[number];
const MAX_ROWS = 5000;
const MAX_YEARS = 60;
const MAX_SCALE = 6;

type Heading =
  | { role: 'code' | 'name' | 'kind' | 'parent' | 'total' | 'share' }
  | { role: 'year'; year: string }
  | { role: 'biennium'; id: string; first: string; last: string };

function heading(text: string): Heading | null {
  const t = text.replace(/^\uFEFF/, '').trim().toLowerCase();
  if (t === 'code') return { role: 'code' };
  if (t === 'name' || t === 'line' || t === 'thematic priority') return { role: 'name' };
  if (t === 'kind') return { role: 'kind' };
  if (t === 'parent') return { role: 'parent' };
  if (t === 'total') return { role: 'total' };
  if (t === 'share' || t === 'in %' || t === '%') return { role: 'share' };
  if (/^\d{4}$/.test(t)) return { role: 'year', year: t };
  const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(t);
  if (range) return { role: 'biennium', id: `${range[1]}-${range[2]}`, first: range[1]!, last: range[2]! };
  return null;
}

interface ParsedRow {
  readonly line: number;
  readonly code: string;
  readonly name: string;
  kind: Kind;
  parent: string | null;
  readonly values: ReadonlyMap<number, string>;
}

export function interpretTable(source: SourceTable, current: { plan: Plan; table: Table }): ImportPreview {
  const problems: string[] = [];
  const notes: string[] = [];
  const columnName = source.columnName ?? ((i: number) => String(i + 1));
  const rows = source.rows;
  // The heading row is the one with a "code" heading (a sheet may have a title above it), else the first one.
  const codeRow = rows.findIndex((row) => row.some((cell) => cell.trim().toLowerCase() === 'code'));
  const headerIndex = codeRow !== -1 ? codeRow : rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerIndex === -1) throw new ImportError(source.name, ['the file is empty']);
  if (rows.length - headerIndex - 1 > MAX_ROWS) throw new ImportError(source.name, [`more than ${MAX_ROWS} rows`]);

  // Headings
  const headings = rows[headerIndex]!.map((text, i) => ({ text: text.trim(), i, h: heading(text) }));
  const at = (role: string) => headings.filter(({ h }) => h?.role === role);
  for (const { text, i, h } of headings) {
    if (h === null && text !== '') problems.push(`row ${headerIndex + 1}, column ${columnName(i)}: unknown heading “${text}” (expected code, name, kind, parent, a year, a biennium such as 2028-2029, total or share)`);
  }
  for (const role of ['code', 'name', 'kind', 'parent', 'total', 'share']) {
    if (at(role).length > 1) problems.push(`the heading “${role}” appears ${at(role).length} times`);
  }
  const yearColumns = headings.filter(({ h }) => h?.role === 'year').map(({ i, h }) => ({ i, year: (h as { year: string }).year }));
  const years = yearColumns.map((c) => c.year);
  if (at('code').length === 0) problems.push(`row ${headerIndex + 1}: no “code” column`);
  if (yearColumns.length === 0) problems.push(`row ${headerIndex + 1}: no year column (headings such as 2028)`);
  if (yearColumns.length > MAX_YEARS) problems.push(`more than ${MAX_YEARS} year columns`);
  if (new Set(years).size !== years.length) problems.push(`a year appears twice among the headings (${years.join(', ')})`);
  else if (years.some((year, k) => k > 0 && Number(year) <= Number(years[k - 1]))) problems.push(`the years are out of order (${years.join(', ')}): put them in increasing order`);
  // A range from the first year to the last is the period total (the document's "2028-2031").
  const isWholePeriod = (h: Heading | null) => h?.role === 'biennium' && h.first === years[0] && h.last === years.at(-1) && years.length > 2;
  for (const entry of headings) if (isWholePeriod(entry.h)) entry.h = at('total').length === 0 ? { role: 'total' } : entry.h;
  const bienniumColumns = headings
    .filter(({ h }) => h?.role === 'biennium')
    .map(({ i, h }) => ({ i, ...(h as { id: string; first: string; last: string }) }));
  if (problems.length > 0) throw new ImportError(source.name, problems);

  const col = (role: string) => at(role)[0]?.i;
  const [codeAt, nameAt, kindAt, parentAt, totalAt, shareAt] = ['code', 'name', 'kind', 'parent', 'total', 'share'].map(col);
  const cell = (row: readonly string[], index: number | undefined) => (index === undefined ? '' : (row[index] ?? '').trim());
  const where = (line: number, index: number, label: string) => `row ${line}, column ${columnName(index)} (${label})`;

  // Rows
  const parsed: ParsedRow[] = [];
  const seen = new Map<string, number>();
  rows.slice(headerIndex + 1).forEach((row, k) => {
    const line = headerIndex + 2 + k;
    if (row.every((c) => c.trim() === '')) return;
    const name = cell(row, nameAt);
    // The document and the app's workbooks leave the code of Subtotal, reduction and Total empty.
    const code = cell(row, codeAt) || (/^subtotal$/i.test(name) ? SUBTOTAL_ID : /^total$/i.test(name) ? TOTAL_ID : /reduction/i.test(name) ? REDUCTION_ID : '');
    if (code === '') {
      problems.push(`row ${line}: no code`);
      return;
    }
    if (seen.has(code.toLowerCase())) {
      problems.push(`row ${line}: code ${code} appears twice (also on row ${seen.get(code.toLowerCase())})`);
      return;
    }
    seen.set(code.toLowerCase(), line);
    const kindText = cell(row, kindAt).toLowerCase();
    let kind: Kind;
    if (kindText !== '') {
      if (!(KINDS as readonly string[]).includes(kindText)) {
        problems.push(`${where(line, kindAt!, 'kind')}: “${kindText}” is not one of ${KINDS.join(', ')}`);
        return;
      }
      kind = kindText as Kind;
    } else {
      const lower = code.toLowerCase();
      kind = lower === SUBTOTAL_ID || lower === TOTAL_ID || lower === REDUCTION_ID ? (lower as Kind) : 'line';
    }
    const values = new Map<number, string>();
    row.forEach((text, i) => values.set(i, text.trim()));
    parsed.push({ line, code: kind === 'line' || kind === 'group' ? code : kind, name, kind, parent: cell(row, parentAt) || null, values });
  });
  if (problems.length > 0) throw new ImportError(source.name, problems);
  for (const kind of ['subtotal', 'total', 'reduction'] as const) {
    const found = parsed.filter((r) => r.kind === kind);
    if (found.length > 1) problems.push(`rows ${found.map((r) => r.line).join(' and ')} are both the ${kind}`);
  }

  // Groups: by the parent column, or else by codes that begin with another line's code and a separator.
  const lineRows = parsed.filter((r) => r.kind === 'line' || r.kind === 'group');
  const byCode = new Map(lineRows.map((r) => [r.code, r]));
  if (parentAt === undefined) {
    for (const r of lineRows) {
      const parents = lineRows.filter((p) => p !== r && /^[.\-_ ]/.test(r.code.slice(p.code.length)) && r.code.startsWith(p.code));
      const nearest = parents.sort((a, b) => b.code.length - a.code.length)[0];
      if (nearest) r.parent = nearest.code;
    }
  }
  for (const r of lineRows) {
    if (r.parent === null) continue;
    const parent = byCode.get(r.parent);
    if (parent === undefined) problems.push(`row ${r.line}: its parent ${r.parent} is not a line of the file`);
    else parent.kind = 'group';
  }
  for (const r of lineRows) {
    for (let p = r.parent, depth = 0; p !== null; p = byCode.get(p)?.parent ?? null, depth++) {
      if (p === r.code || depth > lineRows.length) {
        problems.push(`row ${r.line}: ${r.code} is inside itself through its parents`);
        break;
      }
    }
    if (r.kind === 'group' && !lineRows.some((c) => c.parent === r.code)) {
      problems.push(`row ${r.line}: ${r.code} is a group with no lines in it (give its lines a parent column, or codes beginning with ${r.code}.)`);
    }
  }
  if (lineRows.length === 0) problems.push('the file has no lines');
  if (problems.length > 0) throw new ImportError(source.name, problems);

  // Numbers
  const style: NumberStyle = { id: 'import', group: source.decimal === ',' ? '.' : ',', decimal: source.decimal };
  const number = (r: ParsedRow, index: number, label: string, scale: number, isPercent = false): Amount | null => {
    let text = r.values.get(index) ?? '';
    if (isPercent) text = text.replace(/\s*%$/, '');
    if (text === '') return null;
    const result = parseAmount(text, { style, scale });
    if (!result.ok) {
      problems.push(`${where(r.line, index, label)}: “${text}” ${result.error.message}`);
      return null;
    }
    return result.value;
  };
  const inputs = new Map<string, Amount[]>();
  let scale = 0;
  for (const r of parsed) {
    if (r.kind !== 'line' && r.kind !== 'reduction') continue;
    inputs.set(
      r.code,
      yearColumns.map(({ i, year }) => {
        const value = number(r, i, year, MAX_SCALE);
        if (value === null && !problems.some((p) => p.startsWith(`row ${r.line}, column ${columnName(i)} `))) {
          problems.push(`${where(r.line, i, year)}: no amount (type 0 for none)`);
        }
        if (r.kind === 'line' && value !== null && value.isNegative() && !value.isZero()) {
          problems.push(`${where(r.line, i, year)}: ${r.values.get(i)} is below zero: a line's amount cannot be negative`);
        }
        scale = Math.max(scale, value?.decimalPlaces() ?? 0);
        return value ?? ZERO;
      }),
    );
  }
  if (problems.length > 0) throw new ImportError(source.name, problems);

  // The plan: the current one when lines, groups and years are the same, else a new one.
  const fileStructure = JSON.stringify({ years, lines: lineRows.map((r) => [r.code, r.parent]) });
  const currentTable = current.table;
  const currentStructure = JSON.stringify({
    years: current.plan.years,
    lines: currentTable.rows.filter((r) => r.kind === 'line' || r.kind === 'group').map((r) => [r.id, r.ancestors[0] ?? null]),
  });
  const isSamePlan = fileStructure === currentStructure;
  const precision = isSamePlan ? current.plan.precision : scale;
  if (isSamePlan) {
    for (const r of parsed) {
      (inputs.get(r.code) ?? []).forEach((value, k) => {
        if (value.decimalPlaces() > precision) problems.push(`${where(r.line, yearColumns[k]!.i, years[k]!)}: ${value.toFixed()} has more decimals than the plan's amounts (${precision})`);
      });
    }
    const renamed = lineRows.filter((r) => r.name !== '' && currentTable.rows[currentTable.index.get(r.code)!]?.name !== r.name);
    if (renamed.length > 0) notes.push(`Names differ from the plan's for ${renamed.map((r) => r.code).join(', ')}: the plan's names are kept.`);
  }
  if (problems.length > 0) throw new ImportError(source.name, problems);

  const build = (parent: string | null): PlanLine[] =>
    lineRows
      .filter((r) => r.parent === parent)
      .map((r) => (r.kind === 'group' ? { code: r.code, name: r.name || r.code, children: build(r.code) } : { code: r.code, name: r.name || r.code, amounts: inputs.get(r.code)! }));
  const reductionRow = parsed.find((r) => r.kind === 'reduction');
  let plan: Plan;
  if (isSamePlan) {
    const replace = (lines: readonly PlanLine[]): PlanLine[] =>
      lines.map((l) => ('children' in l ? { ...l, children: replace(l.children) } : { ...l, amounts: inputs.get(l.code)! }));
    plan = {
      ...current.plan,
      lines: replace(current.plan.lines),
      reduction: { ...current.plan.reduction, amounts: reductionRow ? inputs.get(REDUCTION_ID)! : currentTable.rows[currentTable.index.get(REDUCTION_ID)!]!.years },
    };
    if (!reductionRow) notes.push('The file has no reduction row: the current reduction is kept.');
  } else {
    const biennia: Biennium[] = bienniumColumns
      .map((b) => ({ id: b.id, years: years.filter((y) => y >= b.first && y <= b.last) }))
      .filter((b) => b.years.length > 0 && b.id !== `${years[0]}-${years.at(-1)}`);
    plan = {
      id: `import:${source.name}`,
      title: `Imported from ${source.name}`,
      source: source.name,
      unit: current.plan.unit,
      precision,
      envelope: ZERO,
      note: '',
      years,
      biennia,
      periodLabel: years.length > 1 ? `${years[0]}-${years.at(-1)}` : years[0]!,
      lines: build(null),
      reduction: { name: reductionRow?.name || 'Reduction', amounts: reductionRow ? inputs.get(REDUCTION_ID)! : years.map(() => ZERO) },
    };
    const structural = planProblems(plan);
    if (structural.length > 0) throw new ImportError(source.name, structural);
    notes.push(`The file has other lines or years than “${current.plan.title}”: it is read as a plan of its own (${lineRows.length} lines, ${years.length} years).`);
  }
  const table = computeTable(plan);

  // Derived figures in the file are checked; the computed ones win.
  const mismatches: Mismatch[] = [];
  const check = (r: ParsedRow, index: number | undefined, columnId: string, label: string) => {
    if (index === undefined) return;
    const rowId = r.kind === 'line' || r.kind === 'group' ? r.code : r.kind;
    if (!table.index.has(rowId)) return;
    if (columnId === 'share') {
      const inFile = number(r, index, label, MAX_SCALE, true);
      const computed = percentHalfUp(shareOf(table, rowId));
      if (inFile !== null && computed !== null && !inFile.toDecimalPlaces(2, Dec.ROUND_HALF_UP).eq(computed)) {
        mismatches.push({ where: where(r.line, index, label), rowId, columnId, inFile: r.values.get(index)!, computed: `${computed.toFixed(2)}%` });
      }
      return;
    }
    const inFile = number(r, index, label, MAX_SCALE);
    const computed = amountAt(table, rowId, columnId);
    if (inFile !== null && !inFile.eq(computed)) mismatches.push({ where: where(r.line, index, label), rowId, columnId, inFile: r.values.get(index)!, computed: computed.toFixed() });
  };
  for (const r of parsed) {
    if (r.kind === 'group' || r.kind === 'subtotal' || r.kind === 'total') yearColumns.forEach(({ i, year }) => check(r, i, year, year));
    for (const b of bienniumColumns) if (plan.biennia.some((p) => p.id === b.id)) check(r, b.i, b.id, b.id);
    check(r, totalAt, TOTAL_COLUMN, 'total');
    check(r, shareAt, 'share', 'share');
  }
  if (problems.length > 0) throw new ImportError(source.name, problems);
  const unknownBiennia = bienniumColumns.filter((b) => !plan.biennia.some((p) => p.id === b.id));
  if (unknownBiennia.length > 0) notes.push(`Columns ${unknownBiennia.map((b) => b.id).join(', ')} are not periods of the plan and were not checked.`);

  const changes: CellChange[] = [];
  if (isSamePlan) {
    for (const row of table.rows) {
      if (row.kind !== 'line' && row.kind !== 'reduction') continue;
      const before = currentTable.rows[currentTable.index.get(row.id)!]!;
      row.years.forEach((to, y) => {
        if (!to.eq(before.years[y]!)) changes.push({ rowId: row.id, year: years[y]!, from: before.years[y]!, to });
      });
    }
  }
  return { source: source.name, kind: isSamePlan ? 'changes' : 'new-plan', plan, table, changes, mismatches, notes };
}
