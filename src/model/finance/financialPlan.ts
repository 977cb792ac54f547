import type { Amount } from '../amount';
import { say } from '../say';

/**
 * The financial plan beside Appendix A: the revenue that funds its Total.
 * Revenue lines are grouped as the Union's financial plans group them; a
 * line is an amount per year, or a product of named parameters (units ×
 * unit value × ratio) scaled into the plan's unit. Parameters are inputs
 * like any cell: exact decimals, one per year, changed by operations.
 */

export const REVENUE_SECTIONS = ['A', 'B', 'C', 'D', 'E'] as const;
export type RevenueSection = (typeof REVENUE_SECTIONS)[number];

/** Each section's name in the person's language, read when it is shown (getters). */
export const SECTION_NAMES: Readonly<Record<RevenueSection, string>> = {
  get A() {
    return say('model.finance.section.A');
  },
  get B() {
    return say('model.finance.section.B');
  },
  get C() {
    return say('model.finance.section.C');
  },
  get D() {
    return say('model.finance.section.D');
  },
  get E() {
    return say('model.finance.section.E');
  },
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
    if (ids.has(parameter.id)) problems.push(say('model.finance.problem.parameterTwice', { id: parameter.id }));
    ids.add(parameter.id);
    if (parameter.values.length !== years) problems.push(say('model.finance.problem.parameterValues', { id: parameter.id, count: parameter.values.length, years }));
    if (parameter.values.some((value) => value.isNegative() && !value.isZero())) problems.push(say('model.finance.problem.parameterBelowZero', { id: parameter.id }));
  }
  const codes = new Set<string>();
  for (const line of finance.lines) {
    if (codes.has(line.code) || ids.has(line.code)) problems.push(say('model.finance.problem.lineTwice', { code: line.code }));
    codes.add(line.code);
    if (isProduct(line)) {
      if (line.factors.length === 0) problems.push(say('model.finance.problem.productOfNothing', { code: line.code }));
      for (const factor of line.factors) if (!ids.has(factor)) problems.push(say('model.finance.problem.unknownFactor', { code: line.code, factor }));
    } else if (line.amounts.length !== years) problems.push(say('model.finance.problem.lineAmounts', { code: line.code, count: line.amounts.length, years }));
  }
  if (finance.unitValue !== undefined && !ids.has(finance.unitValue)) problems.push(say('model.finance.problem.unitValue', { id: finance.unitValue }));
  const drawdown = finance.lines.find((line) => line.code === finance.drawdown);
  if (finance.drawdown !== undefined && (drawdown === undefined || isProduct(drawdown))) problems.push(say('model.finance.problem.drawdown', { code: finance.drawdown }));
  return problems;
}

/** The financial plan with one parameter's values changed in the given years. */
export function withParameter(finance: FinancialPlan, id: string, years: readonly number[], value: Amount): FinancialPlan {
  if (!finance.parameters.some((p) => p.id === id)) throw new FinanceError(say('model.finance.refuse.noParameter', { id }));
  return { ...finance, parameters: finance.parameters.map((p) => (p.id === id ? { ...p, values: p.values.map((v, y) => (years.includes(y) ? value : v)) } : p)) };
}

/** The financial plan with one revenue line's amounts changed in the given years; a product line is changed through its parameters. */
export function withRevenue(finance: FinancialPlan, code: string, years: readonly number[], value: Amount): FinancialPlan {
  const line = finance.lines.find((l) => l.code === code);
  if (line === undefined) throw new FinanceError(say('model.finance.refuse.noRevenueLine', { code }));
  if (isProduct(line)) throw new FinanceError(say('model.finance.refuse.productLine', { code, factors: line.factors.join(' × ') }));
  return { ...finance, lines: finance.lines.map((l) => (l === line ? { ...line, amounts: line.amounts.map((a, y) => (years.includes(y) ? value : a)) } : l)) };
}
