import { t } from '../i18n/t';
import { computeTable, type Table } from '../model/table';
import { isGroup, isMemo, walkLines, type Plan, type PlanLine } from '../model/plan';
import { computeFinance, financeRow, sectionId, BALANCE, DEFAULT_EXPENDITURE, EXPENDITURE, REVENUE_TOTAL } from '../model/finance/financeTable';
import { financeProblems, type FinancialPlan, type RevenueSection } from '../model/finance/financialPlan';
import { inRowOrder, type Mismatch } from './import/checkDerived';
import { financeParts, onlyRows, parameterBlock, type FinanceParts } from './import/financeRows';
import { hasFiguresIn, sectionSums, withoutKinds, withoutOwnVariance } from './import/financeSource';
import { isThousandfold } from '../model/validity';
import { mapColumns, type ColumnMap } from './import/mapColumns';
import { isOwnPlanNote, isUnitNote, type Current } from './import/matchPlan';
import { listed } from './import/messages';
import type { TableMapping } from './import/mapping';
import { accepted, byNumber, ImportError, type ColumnName } from './import/problems';
import { titleOf, withoutUnit } from './import/titleLines';
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
  const kept = withoutKinds(source.rows.map((row, i) => (blocked.has(i) ? [] : row)));
  // Only the app's own sheet (its parameters above) carries a variance against another sheet.
  const unblocked = block.heading === null ? kept : withoutOwnVariance(kept);
  const { header, headings } = readLayout({ ...source, rows: unblocked }, mapping);
  // No revenue total, no financial plan: the table reading says what it finds, not this one.
  // (A section's sums, taken off below, are never a total: the parts found here hold after it.)
  const found = financeParts(unblocked, header);
  if (found === null) {
    if (isAsked) throw new ImportError(source.name, [t('import.finance.noRevenueTotal')]);
    return null;
  }
  const columns = accepted(source.name, mapColumns(headings, header + 1, columnName));
  // A section's sums on its heading row ("A. Assessed contributions  122 868") are its lines': read as a heading, its sums checked.
  const sums = sectionSums(unblocked, header, columns, source.decimal);
  const rows = unblocked.map((row, i) => (sums.has(i) ? row.map((cell, k) => (columns.figures.some((f) => f.index === k) ? '' : cell)) : row));
  const clean = { ...source, rows };
  // Rows coded as the plan's parameters are its parameters, whether or not a kind column says so (the app's CSV, its kind column deleted).
  const ids = new Set(current.plan.finance?.parameters.map((p) => p.id) ?? []);
  const isParameter = (i: number) => ids.has((rows[i]?.[columns.code] ?? '').trim());
  const parts = { ...found, revenue: found.revenue.filter((i) => !isParameter(i)), parameters: [...found.parameters, ...found.revenue.filter(isParameter)] };
  // Expenses are lines with figures above their total; a note or a blank row before “Expenditure” is none.
  const expenseLines = parts.expenses.filter((i) => i !== parts.expenseTotal && hasFiguresIn(rows[i], columns));
  const revenue = interpretTable({ ...clean, rows: onlyRows(rows, header, parts.revenue) }, current, mapping);
  const expenses = expenseLines.length > 0 ? interpretTable({ ...clean, rows: onlyRows(rows, header, parts.expenses) }, current, mapping) : null;
  const said = { ...titleOf(rows, header), title: titleLine(rows, header) };
  const base = expenses === null ? attachedTo(current.plan, revenue.plan, source) : { ...unwrapped(expenses.plan), title: said.title ?? expenses.plan.title };
  if (base === null) {
    if (isAsked) throw new ImportError(source.name, [t('import.finance.otherYears', { years: listed(revenue.plan.years), planYears: listed(current.plan.years) })]);
    return null;
  }
  const read = readParameters(source.rows, [...block.rows, ...parts.parameters], columns, base.years, source.decimal, columnName);
  if (read.problems.length > 0) throw new ImportError(source.name, read.problems.map((problem) => problem.message));
  const revenueRead = revenueLines({ ...revenue.plan, title: said.title ?? '' }, read.parameters, current.plan.finance, source.name);
  const finance = named(distinctCodes(revenueRead.finance, base), expenses === null ? current.plan : base);
  const problems = financeProblems(finance, base.years.length);
  if (problems.length > 0) throw new ImportError(source.name, problems);
  const plan: Plan = { ...base, finance };
  const table = computeTable(plan);
  if (expenses === null) checkUnit(source.name, said.unit, plan, table);
  const checks = financeChecks({ source: { ...source, rows: unblocked }, parts, sums, columns, finance, table, columnName, products: revenueRead.products });
  const skipped = [...parts.skipped, ...(expenses === null ? parts.expenses.filter((i) => i !== parts.expenseTotal && (rows[i] ?? []).some((cell) => cell.trim() !== '')) : [])];
  return {
    ...(expenses ?? revenue),
    source: source.name,
    kind: 'new-plan',
    plan,
    table,
    changes: [],
    mismatches: inRowOrder([...revenue.mismatches, ...(expenses?.mismatches ?? []), ...checks]),
    notes: [...readingNotes(revenue, expenses, said.unit === undefined ? plan.unit : null), ...revenueRead.notes, ...financeNotes(source, skipped, parts, plan, expenses !== null)],
    versions: [],
    layout: revenue.layout,
    ...(expenses === null ? { unitSaid: true, finance: 'attached' as const } : { finance: 'own' as const }),
  };
}

/** The title line that names the financial plan ("Financial plan 2028-2031: revenue"), above an organisation's name; else the first. */
function titleLine(rows: SourceTable['rows'], header: number): string | undefined {
  const lines = rows.slice(0, header).map((row) => row.map((cell) => cell.trim()).filter((cell) => cell !== '').join(' ')).filter((line) => line !== '');
  const naming = lines.find((line) => /financial plan|plan financier|budget|revenue|recettes/i.test(line));
  return naming === undefined ? titleOf(rows, header).title : withoutUnit(naming) || naming;
}

/** Revenue in figures a thousand times the expenditure, in a file that does not say its unit: CHF read as thousands, refused rather than taken. */
function checkUnit(source: string, unit: string | undefined, plan: Plan, table: Table): void {
  const computed = computeFinance(plan.finance!, table);
  const [revenue, expenditure] = [financeRow(computed, REVENUE_TOTAL).total, financeRow(computed, EXPENDITURE).total];
  if (unit !== undefined && unit !== plan.unit) throw new ImportError(source, [t('import.finance.otherUnit', { unit, planUnit: plan.unit })]);
  if (unit === undefined && (isThousandfold(expenditure, revenue) || isThousandfold(revenue, expenditure))) {
    const figures = { revenue: revenue.toFixed(), expenditure: expenditure.toFixed(), unit: plan.unit };
    throw new ImportError(source, [revenue.gt(expenditure) ? t('import.finance.thousandfoldMore', figures) : t('import.finance.thousandfoldLess', figures)]);
  }
}

/** The expenditure named as the plan names its Total: Appendix A's, or the file's expenses'. */
function named(finance: FinancialPlan, plan: Plan): FinancialPlan {
  // "APPENDIX A" as a sentence says it: "Appendix A Total".
  const eyebrow = plan.eyebrow.split(' ').map((word) => (word.length > 1 ? `${word.charAt(0)}${word.slice(1).toLowerCase()}` : word)).join(' ');
  const total = eyebrow === '' ? plan.totalName : `${eyebrow} ${plan.totalName}`;
  // The financial plan names Appendix A's Total itself (in the language shown then): a name is kept only for another total.
  return `Expenditure (${total})` === DEFAULT_EXPENDITURE ? finance : { ...finance, expenditureName: t('import.finance.expenditure', { total }) };
}

/** The notes of reading each part, once each; what a plan of its own would say of itself is said of the financial plan instead. */
function readingNotes(revenue: ImportPreview, expenses: ImportPreview | null, unitOfPlan: string | null): string[] {
  // A change column of the revenue is checked, not kept: the financial plan's sheets derive their own variance.
  const notes = [...revenue.notes, ...(expenses?.notes ?? [])]
    .filter((note, i, all) => all.indexOf(note) === i && !isOwnPlanNote(note))
    .map((note) => (revenue.notes.includes(note) ? note.replace(t('import.change.kept'), t('import.change.keptByRevenue')) : note));
  if (expenses !== null || unitOfPlan === null) return notes;
  return [...notes.filter((note) => !isUnitNote(note)), t('import.finance.unitOfPlan', { unit: unitOfPlan })];
}

/** A table of expenses under one heading ("EXPENSES"): its lines, without the heading that says only that they are expenses. */
function unwrapped(plan: Plan): Plan {
  const [only] = plan.lines;
  return plan.lines.length === 1 && only !== undefined && isGroup(only) && /expens|expenditure|dépenses|charges/i.test(only.name) ? { ...plan, lines: only.children } : plan;
}

/** Revenue lines coded as the plan's lines (both derived from names: L1, L2) are all recoded R…, so that no code names two rows and the revenue's codes read alike. */
function distinctCodes(finance: FinancialPlan, plan: Plan): FinancialPlan {
  const taken = new Set([...walkLines(plan.lines)].map(({ line }) => line.code));
  if (!finance.lines.some((line) => taken.has(line.code))) return finance;
  let prefix = 'R';
  while (finance.lines.some((line) => taken.has(`${prefix}${line.code}`))) prefix += 'R';
  const codeOf = (code: string) => `${prefix}${code}`;
  return { ...finance, lines: finance.lines.map((line) => ({ ...line, code: codeOf(line.code) })), ...(finance.drawdown === undefined ? {} : { drawdown: codeOf(finance.drawdown) }) };
}

/** The plan shown, with the file's revenue to come, when the file's years are its years; null otherwise. */
function attachedTo(plan: Plan, revenue: Plan, source: SourceTable): Plan | null {
  if (revenue.years.join() !== plan.years.join()) return null;
  return { ...plan, id: `${plan.id} + ${source.name}`, title: plan.title, baselineName: t('import.finance.baselineName', { file: source.file ?? source.name }) };
}

interface CheckSpec {
  readonly source: SourceTable;
  readonly parts: FinanceParts;
  readonly sums: ReadonlyMap<number, RevenueSection | null>;
  readonly columns: ColumnMap;
  readonly finance: FinancialPlan;
  readonly table: Table;
  readonly columnName: ColumnName;
  /** Lines computed from the file's own parameters, whose figures the file writes too. */
  readonly products: readonly string[];
}

/** The figures the file writes that the financial plan computes — section sums, products of its parameters, the expenditure (a total without lines), the balance — each against the computed one: every difference listed. */
function financeChecks(spec: CheckSpec): Mismatch[] {
  const { source, parts, table, columns } = spec;
  const computed = computeFinance(spec.finance, table);
  const rowOfLine = (code: string) => parts.revenue.find((i) => (source.rows[i]?.[columns.code] ?? '').trim() === code) ?? null;
  const hasLines = parts.expenses.some((i) => i !== parts.expenseTotal && hasFiguresIn(source.rows[i], columns));
  const checks: [number | null, string][] = [
    ...[...spec.sums].flatMap(([row, section]): [number, string][] => (section === null ? [] : [[row, sectionId(section)]])),
    [parts.revenueTotal, REVENUE_TOTAL],
    ...spec.products.map((code): [number | null, string] => [rowOfLine(code), code]),
    [hasLines ? null : parts.expenseTotal, EXPENDITURE],
    [parts.balance, BALANCE],
  ];
  return checks.flatMap(([row, id]) => (row === null || !computed.index.has(id) ? [] : checkFinanceRow(source.rows[row]!, row, financeRow(computed, id), table, columns, source.decimal, spec.columnName)));
}

function financeNotes(source: SourceTable, skipped: readonly number[], parts: FinanceParts, plan: Plan, hasExpenses: boolean): string[] {
  const expenditure = hasExpenses
    ? t('import.finance.expenses', { count: countLines(plan.lines) })
    : parts.expenseTotal === null
      ? t('import.finance.revenueOfPlan', { title: plan.title })
      : t('import.finance.revenueOfPlanChecked', { title: plan.title });
  const unread = skipped.length === 0 ? [] : [t('import.finance.unread', { count: skipped.length, rows: listed(skipped.map((i) => i + 1)) })];
  return [t('import.finance.read', { source: source.name, expenditure }), ...unread];
}

const countLines = (lines: readonly PlanLine[]) => [...walkLines(lines)].filter(({ line }) => !isGroup(line) && !isMemo(line)).length;
