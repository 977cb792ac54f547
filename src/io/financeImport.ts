import { computeTable, type Table } from '../model/table';
import { isGroup, isMemo, walkLines, type Plan, type PlanLine } from '../model/plan';
import { computeFinance, financeRow, sectionId, BALANCE, EXPENDITURE } from '../model/finance/financeTable';
import { financeProblems, type FinancialPlan, type RevenueSection } from '../model/finance/financialPlan';
import type { Mismatch } from './import/checkDerived';
import { financeParts, markerOf, onlyRows, parameterBlock } from './import/financeRows';
import { mapColumns, type ColumnMap } from './import/mapColumns';
import type { Current } from './import/matchPlan';
import type { TableMapping } from './import/mapping';
import { accepted, byNumber, ImportError, type ColumnName } from './import/problems';
import { titleOf } from './import/titleLines';
import { checkFinanceRow, readParameters, revenueLines } from './import/financeLines';
import { interpretTable, readLayout, type ImportPreview, type SourceTable } from './tableImport';

/**
 * A financial plan as published — revenue by section (assessed
 * contributions, cost recovery, interest, other revenue, drawdown), its
 * total, and optionally expenses, their total and the balance — read with
 * the same reading as any table (title and unit lines, headings, codes or
 * names, totals checked), then made the revenue beside a plan:
 *
 * - with expense lines, a plan of its own whose lines are those expenses
 *   and whose revenue is the file's;
 * - without, the plan shown (the scenario's figures) with the file's
 *   revenue, when the file's years are the plan's.
 *
 * The app's own exports read back (its parameters, and a line that is
 * units × unit value kept as the product when the file's figures are it).
 * A file with no revenue total is no financial plan: null.
 */
export function interpretFinance(source: SourceTable, current: Current, mapping: TableMapping = {}, isAsked = false): ImportPreview | null {
  const columnName = source.columnName ?? byNumber;
  // The parameters above the app's workbook table head their own row of years: not the table's heading row.
  const block = parameterBlock(source.rows);
  const blocked = new Set(block.heading === null ? [] : [block.heading, ...block.rows]);
  const unblocked = withoutKinds(source.rows.map((row, i) => (blocked.has(i) ? [] : row)));
  const { header, headings } = readLayout({ ...source, rows: unblocked }, mapping);
  const columns = accepted(source.name, mapColumns(headings, header + 1, columnName));
  // A section's sums on its heading row ("A. Assessed contributions  122 868") are its lines': read as a heading, its sums checked.
  const sums = sectionSums(unblocked, header, columns);
  const rows = unblocked.map((row, i) => (sums.has(i) ? row.map((cell, k) => (columns.figures.some((f) => f.index === k) ? '' : cell)) : row));
  const clean = { ...source, rows };
  const parts = financeParts(rows, header);
  if (parts === null) {
    if (isAsked) throw new ImportError(source.name, ['it holds no revenue total (a row “Total revenue”): it is no financial plan. Import it as a table from “Files”']);
    return null;
  }
  const revenue = interpretTable({ ...clean, rows: onlyRows(rows, header, parts.revenue) }, current, mapping);
  const expenses = parts.expenses.length > 1 ? interpretTable({ ...clean, rows: onlyRows(rows, header, parts.expenses) }, current, mapping) : null;
  const said = titleOf(rows, header);
  const base = expenses === null ? attachedTo(current.plan, revenue.plan, source.name) : unwrapped(expenses.plan);
  if (base === null) {
    if (isAsked) throw new ImportError(source.name, [`its years (${revenue.plan.years.join(', ')}) are not the plan's (${current.plan.years.join(', ')}): a revenue table without expenses becomes the revenue of the plan shown, year by year`]);
    return null;
  }
  // Revenue beside the plan's own figures is in the plan's unit, or it is not taken.
  if (expenses === null && said.unit !== undefined && said.unit !== current.plan.unit) {
    throw new ImportError(source.name, [`its figures are in ${said.unit} and the plan's in ${current.plan.unit}: give the revenue in ${current.plan.unit}`]);
  }
  const parameterRows = [...block.rows, ...parts.parameters];
  const read = readParameters(source.rows, parameterRows, columns, base.years, source.decimal, columnName);
  if (read.problems.length > 0) throw new ImportError(source.name, read.problems.map((problem) => problem.message));
  const revenueRead = revenueLines({ ...revenue.plan, title: said.title ?? '' }, read.parameters, current.plan.finance, source.name);
  const { notes } = revenueRead;
  const finance = distinctCodes(revenueRead.finance, base);
  const problems = financeProblems(finance, base.years.length);
  if (problems.length > 0) throw new ImportError(source.name, problems);
  const plan: Plan = { ...base, finance };
  const table = computeTable(plan);
  const checks = financeChecks(source, parts, sums, columns, plan, table, columnName);
  return {
    ...(expenses ?? revenue),
    source: source.name,
    kind: 'new-plan',
    plan,
    table,
    changes: [],
    mismatches: [...revenue.mismatches, ...(expenses?.mismatches ?? []), ...checks],
    notes: [...readingNotes(revenue, expenses, said.unit === undefined ? plan.unit : null), ...notes, ...financeNotes(source, parts, plan, expenses !== null)],
    versions: [],
    layout: revenue.layout,
    ...(expenses === null ? { unitSaid: true, finance: 'attached' as const } : { finance: 'own' as const }),
  };
}

/** The notes of reading each part, once each; what a plan of its own would say of itself is said of the financial plan instead. */
function readingNotes(revenue: ImportPreview, expenses: ImportPreview | null, unitOfPlan: string | null): string[] {
  const notes = [...revenue.notes, ...(expenses?.notes ?? [])].filter((note, i, all) => all.indexOf(note) === i && !note.startsWith('The file has other lines or years than'));
  if (expenses !== null || unitOfPlan === null) return notes;
  return [...notes.filter((note) => !/^(The file does not say its unit|Its figures are in)/.test(note)), `The file does not say its unit: its figures are read in the plan's, ${unitOfPlan}.`];
}

/** A table of expenses under one heading ("EXPENSES"): its lines, without the heading that says only that they are expenses. */
function unwrapped(plan: Plan): Plan {
  const [only] = plan.lines;
  return plan.lines.length === 1 && only !== undefined && isGroup(only) && /expens|expenditure|dépenses|charges/i.test(only.name) ? { ...plan, lines: only.children } : plan;
}

/** The app's own CSV says each row's kind: the kind column is left unread (the rows say what they are by their words), but for the markers financeParts reads. */
function withoutKinds(rows: SourceTable['rows']): SourceTable['rows'] {
  const header = rows.findIndex((row) => row.some((cell) => cell.trim().toLowerCase() === 'kind'));
  if (header === -1) return rows;
  const kind = rows[header]!.findIndex((cell) => cell.trim().toLowerCase() === 'kind');
  if (!rows.some((row) => ['section', 'product', 'revenue-total', 'parameter'].includes((row[kind] ?? '').trim()))) return rows;
  const kept = new Set(['parameter', 'revenue-total', 'expenditure', 'balance']);
  return rows.map((row, i) => (i < header ? row : row.map((cell, k) => (k !== kind || (i !== header && kept.has(cell.trim())) ? cell : ''))));
}

/** Revenue lines coded as the plan's lines (both derived from names: L1, L2) recoded R…, so that no code names two rows. */
function distinctCodes(finance: FinancialPlan, plan: Plan): FinancialPlan {
  const taken = new Set([...walkLines(plan.lines)].map(({ line }) => line.code));
  const recoded = new Map<string, string>();
  for (const line of finance.lines) {
    if (!taken.has(line.code)) continue;
    let code = `R${line.code}`;
    while (taken.has(code) || finance.lines.some((l) => l.code === code)) code = `R${code}`;
    recoded.set(line.code, code);
    taken.add(code);
  }
  if (recoded.size === 0) return finance;
  const codeOf = (code: string) => recoded.get(code) ?? code;
  return { ...finance, lines: finance.lines.map((line) => ({ ...line, code: codeOf(line.code) })), ...(finance.drawdown === undefined ? {} : { drawdown: codeOf(finance.drawdown) }) };
}

/** The plan shown, with the file's revenue to come, when the file's years are its years; null otherwise. */
function attachedTo(plan: Plan, revenue: Plan, source: string): Plan | null {
  if (revenue.years.join() !== plan.years.join()) return null;
  return { ...plan, id: `${plan.id} + ${source}`, title: plan.title, baselineName: `Revenue of ${source.replace(/, sheet .*$/, '')}` };
}

/** The file's expenditure (a total without lines) and balance, each against the computed figure: every difference listed. */
function financeChecks(source: SourceTable, parts: NonNullable<ReturnType<typeof financeParts>>, sums: ReadonlyMap<number, RevenueSection>, columns: ColumnMap, plan: Plan, table: Table, columnName: ColumnName): Mismatch[] {
  const computed = computeFinance(plan.finance!, table);
  const checks: [number | null, string][] = [
    ...[...sums].map(([row, section]): [number, string] => [row, sectionId(section)]),
    [parts.expenses.length === 1 ? parts.expenseTotal : null, EXPENDITURE],
    [parts.balance, BALANCE],
  ];
  return checks.flatMap(([row, id]) => (row === null || !computed.index.has(id) ? [] : checkFinanceRow(source.rows[row]!, row, financeRow(computed, id), table, columns, source.decimal, columnName)));
}

/** Rows heading a section by its letter ("A. Assessed contributions") that carry its sums over lines of their own: row → section. */
function sectionSums(rows: SourceTable['rows'], header: number, columns: ColumnMap): Map<number, RevenueSection> {
  const hasFigures = (i: number) => columns.figures.some(({ index }) => (rows[i]?.[index] ?? '').trim() !== '');
  const letterOf = (i: number) => rows[i]?.map((cell) => /^([A-E])[.)]\s+\S/.exec(cell.trim())?.[1]).find((letter) => letter !== undefined) as RevenueSection | undefined;
  const found = new Map<number, RevenueSection>();
  for (let i = header + 1; i < rows.length; i++) {
    const letter = letterOf(i);
    if (letter === undefined || !hasFigures(i)) continue;
    // Its lines: the rows under it with figures, up to the next section or a total.
    let next = i + 1;
    while (next < rows.length && letterOf(next) === undefined && !hasFigures(next)) next++;
    if (next < rows.length && letterOf(next) === undefined && markerOf(rows[next]!) === null && !/^\s*total\b/i.test(rows[next]!.join(' '))) found.set(i, letter);
  }
  return found;
}

function financeNotes(source: SourceTable, parts: NonNullable<ReturnType<typeof financeParts>>, plan: Plan, hasExpenses: boolean): string[] {
  const expenditure = hasExpenses
    ? `Its expenses (${countLines(plan.lines)} lines) are the plan's lines; its revenue is the plan's financial plan, balanced against them.`
    : `Its revenue becomes the financial plan of “${plan.title}”, balanced against the Total of the scenario shown${parts.expenseTotal === null ? '' : ' (the file\u2019s expenditure is checked against it)'}.`;
  const skipped = parts.skipped.length === 0 ? [] : [`Row${parts.skipped.length === 1 ? '' : 's'} ${parts.skipped.map((i) => i + 1).join(', ')} ${parts.skipped.length === 1 ? 'is' : 'are'} neither revenue, expenses nor the balance: not read.`];
  return [`${source.name} is read as a financial plan. ${expenditure}`, ...skipped];
}

const countLines = (lines: readonly PlanLine[]) => [...walkLines(lines)].filter(({ line }) => !isGroup(line) && !isMemo(line)).length;
