import { ZERO, type Amount } from '../amount';
import type { AmountColumn, RowAmounts } from '../columns';
import { TOTAL_ID } from '../plan';
import { say } from '../say';
import { rowOf, type Layout, type Table } from '../table';
import { REVENUE_SECTIONS, SECTION_NAMES, isProduct, type FinancialPlan, type FinanceParameter, type RevenueLine, type RevenueSection } from './financialPlan';

/**
 * The financial plan computed beside Appendix A's table, in the same columns
 * (years, biennia, the period):
 *
 *   revenue line     = its amount, or Π its parameters × scale   (per year)
 *   section          = Σ its lines
 *   revenue-total    = Σ every line
 *   expenditure      = Appendix A's Total
 *   balance          = revenue-total − expenditure  (a surplus above zero, a shortfall below)
 */

export type FinanceRowKind = 'line' | 'section' | 'revenue-total' | 'expenditure' | 'balance';

export interface FinanceRow extends RowAmounts {
  readonly id: string;
  readonly kind: FinanceRowKind;
  readonly name: string;
  /** A line computed from parameters cannot be typed in. */
  readonly isInput: boolean;
}

export interface FinanceTable {
  /** Appendix A's amount columns that sum years (biennia, the period), which each row's `totals` are aligned with. */
  readonly summing: readonly AmountColumn[];
  readonly rows: readonly FinanceRow[];
  readonly index: ReadonlyMap<string, number>;
}

export const REVENUE_TOTAL = 'revenue-total';
/**
 * How the expenditure row is named unless the financial plan says otherwise,
 * as files name it (an import that finds this name keeps none of its own);
 * shown in the person's language ({@link computeFinance}).
 */
export const DEFAULT_EXPENDITURE = 'Expenditure (Appendix A Total)';
export const EXPENDITURE = 'expenditure';
export const BALANCE = 'balance';
export const sectionId = (section: RevenueSection) => `section-${section}`;

const sum = (values: readonly Amount[]) => values.reduce((acc, value) => acc.plus(value), ZERO);

function row(layout: Pick<Layout, 'summing'>, base: Omit<FinanceRow, keyof RowAmounts>, years: readonly Amount[]): FinanceRow {
  return { ...base, years, totals: layout.summing.map((column) => sum(column.sums.map((y) => years[y]!))), total: sum(years) };
}

/** A revenue line's yearly amounts: its own, or the product of its parameters' values times its scale, exactly. */
export function revenueYears(line: RevenueLine, parameters: ReadonlyMap<string, FinanceParameter>, years: number): readonly Amount[] {
  if (!isProduct(line)) return line.amounts;
  return Array.from({ length: years }, (_, y) => line.factors.reduce((acc, id) => acc.times(parameters.get(id)!.values[y]!), line.scale));
}

export function computeFinance(finance: FinancialPlan, table: Table): FinanceTable {
  const { layout } = table;
  const count = layout.years.length;
  const parameters = new Map(finance.parameters.map((p) => [p.id, p]));
  const rows: FinanceRow[] = [];
  const zeros = layout.years.map(() => ZERO);
  let revenue: readonly Amount[] = zeros;
  for (const section of REVENUE_SECTIONS) {
    const lines = finance.lines.filter((line) => line.section === section);
    if (lines.length === 0) continue;
    const lineRows = lines.map((line) => row(layout, { id: line.code, kind: 'line', name: line.name, isInput: !isProduct(line) }, revenueYears(line, parameters, count)));
    const sectionYears = lineRows.reduce<readonly Amount[]>((acc, r) => acc.map((v, y) => v.plus(r.years[y]!)), zeros);
    rows.push(row(layout, { id: sectionId(section), kind: 'section', name: `${section}. ${SECTION_NAMES[section]}`, isInput: false }, sectionYears), ...lineRows);
    revenue = revenue.map((v, y) => v.plus(sectionYears[y]!));
  }
  const expenditure = rowOf(table, TOTAL_ID).years;
  rows.push(
    row(layout, { id: REVENUE_TOTAL, kind: 'revenue-total', name: say('model.finance.row.revenueTotal'), isInput: false }, revenue),
    row(layout, { id: EXPENDITURE, kind: 'expenditure', name: finance.expenditureName ?? say('model.finance.row.expenditure'), isInput: false }, expenditure),
    row(layout, { id: BALANCE, kind: 'balance', name: say('model.finance.row.balance'), isInput: false }, revenue.map((v, y) => v.minus(expenditure[y]!))),
  );
  return { summing: layout.summing, rows, index: new Map(rows.map((r, i) => [r.id, i])) };
}

export function financeRow(finance: FinanceTable, id: string): FinanceRow {
  const position = finance.index.get(id);
  if (position === undefined) throw new RangeError(`no row ${id} in the financial plan`);
  return finance.rows[position]!;
}

/** The balance in words: "surplus 1 234", "shortfall 5 678", "balanced". */
export function balanceWords(balance: Amount, format: (value: Amount) => string): { state: 'surplus' | 'shortfall' | 'balanced'; words: string } {
  if (balance.isZero()) return { state: 'balanced', words: say('model.finance.balanced') };
  return balance.isPositive()
    ? { state: 'surplus', words: say('model.finance.surplus', { amount: format(balance) }) }
    : { state: 'shortfall', words: say('model.finance.shortfall', { amount: format(balance.abs()) }) };
}

/** Scenario A's financial plan against B's: each row both have, A − B in every column (revenue lines, sections, revenue, expenditure, balance). */
export function financeDifferences(a: FinanceTable, b: FinanceTable): FinanceRow[] {
  return a.rows.flatMap((row) => {
    const position = b.index.get(row.id);
    if (position === undefined) return [];
    const other = b.rows[position]!;
    return [{ ...row, years: row.years.map((v, y) => v.minus(other.years[y]!)), totals: row.totals.map((v, k) => v.minus(other.totals[k]!)), total: row.total.minus(other.total) }];
  });
}
