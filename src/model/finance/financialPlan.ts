import type { Amount } from '../amount';

/**
 * The financial plan beside Appendix A: the revenue that funds its Total.
 * Revenue lines are grouped as the Union's financial plans group them; a
 * line is an amount per year, or a product of named parameters (units ×
 * unit value × ratio) scaled into the plan's unit. Parameters are inputs
 * like any cell: exact decimals, one per year, changed by operations.
 */

export const REVENUE_SECTIONS = ['A', 'B', 'C', 'D', 'E'] as const;
export type RevenueSection = (typeof REVENUE_SECTIONS)[number];

export const SECTION_NAMES: Readonly<Record<RevenueSection, string>> = {
  A: 'Assessed contributions',
  B: 'Cost recovery',
  C: 'Interest',
  D: 'Other revenue',
  E: 'Drawdown from the Reserve Account',
};

export interface FinanceParameter {
  readonly id: string;
  readonly name: string;
  /** What one unit of its values is: "units", "CHF", "ratio". */
  readonly unit: string;
  /** Aligned with the plan's years. */
  readonly values: readonly Amount[];
  /** A public fact (the contributory unit of CHF 318 000), as opposed to an illustrative figure. */
  readonly isPublic?: boolean;
}

interface LineBase {
  readonly code: string;
  readonly name: string;
  readonly section: RevenueSection;
  readonly isPublic?: boolean;
}

/** An amount per year, aligned with the plan's years, in the plan's unit. */
export interface AmountRevenue extends LineBase {
  readonly amounts: readonly Amount[];
}

/** Each year, the product of the parameters' values times `scale` (0.001 turns CHF into CHF thousands). */
export interface ProductRevenue extends LineBase {
  readonly factors: readonly string[];
  readonly scale: Amount;
}

export type RevenueLine = AmountRevenue | ProductRevenue;

export interface FinancialPlan {
  readonly title: string;
  /** Said under the table and in the file: which figures are illustrative. */
  readonly note: string;
  readonly parameters: readonly FinanceParameter[];
  readonly lines: readonly RevenueLine[];
  /** The parameter solved for to balance the period: the contributory unit's value (none in a plan of amounts, as a published table is). */
  readonly unitValue?: string;
  /** The line that draws on the Reserve Account to close a gap (none where the table has no such line). */
  readonly drawdown?: string;
  /** How the expenditure row is named: "Expenditure (Appendix A Total)" by default, or as a file names its expenses' total. */
  readonly expenditureName?: string;
}

export const isProduct = (line: RevenueLine): line is ProductRevenue => 'factors' in line;

export class FinanceError extends Error {
  override readonly name = 'FinanceError';
}

/** What is wrong with a financial plan for a plan of `years` years, one message per problem; empty when it can be computed. */
export function financeProblems(finance: FinancialPlan, years: number): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const parameter of finance.parameters) {
    if (ids.has(parameter.id)) problems.push(`parameter ${parameter.id} appears twice`);
    ids.add(parameter.id);
    if (parameter.values.length !== years) problems.push(`parameter ${parameter.id} has ${parameter.values.length} values for ${years} years`);
    if (parameter.values.some((value) => value.isNegative() && !value.isZero())) problems.push(`parameter ${parameter.id} is below zero`);
  }
  const codes = new Set<string>();
  for (const line of finance.lines) {
    if (codes.has(line.code) || ids.has(line.code)) problems.push(`revenue line code ${line.code} appears twice`);
    codes.add(line.code);
    if (isProduct(line)) {
      if (line.factors.length === 0) problems.push(`revenue line ${line.code} is a product of nothing`);
      for (const factor of line.factors) if (!ids.has(factor)) problems.push(`revenue line ${line.code} multiplies ${factor}, which is no parameter`);
    } else if (line.amounts.length !== years) problems.push(`revenue line ${line.code} has ${line.amounts.length} amounts for ${years} years`);
  }
  if (finance.unitValue !== undefined && !ids.has(finance.unitValue)) problems.push(`the unit value ${finance.unitValue} is no parameter`);
  const drawdown = finance.lines.find((line) => line.code === finance.drawdown);
  if (finance.drawdown !== undefined && (drawdown === undefined || isProduct(drawdown))) problems.push(`the drawdown ${finance.drawdown} is no revenue line of amounts`);
  return problems;
}

/** The financial plan with one parameter's values changed in the given years. */
export function withParameter(finance: FinancialPlan, id: string, years: readonly number[], value: Amount): FinancialPlan {
  if (!finance.parameters.some((p) => p.id === id)) throw new FinanceError(`${id} is no parameter of the financial plan`);
  return { ...finance, parameters: finance.parameters.map((p) => (p.id === id ? { ...p, values: p.values.map((v, y) => (years.includes(y) ? value : v)) } : p)) };
}

/** The financial plan with one revenue line's amounts changed in the given years; a product line is changed through its parameters. */
export function withRevenue(finance: FinancialPlan, code: string, years: readonly number[], value: Amount): FinancialPlan {
  const line = finance.lines.find((l) => l.code === code);
  if (line === undefined) throw new FinanceError(`${code} is no revenue line of the financial plan`);
  if (isProduct(line)) throw new FinanceError(`${code} is ${line.factors.join(' × ')}: change those instead`);
  return { ...finance, lines: finance.lines.map((l) => (l === line ? { ...line, amounts: line.amounts.map((a, y) => (years.includes(y) ? value : a)) } : l)) };
}
