import type { Amount } from '../amount';
import { FinanceError, isProduct, withParameter, withRevenue, type FinancialPlan } from '../finance/financialPlan';
import { isSixteenths } from '../fraction';
import type { Plan } from '../plan';
import { sameTable, type OperationDef } from './define';
import { OperationError, type ScenarioState } from './state';

/**
 * The financial plan's inputs, changed like any cell: a parameter (units,
 * the unit value, a ratio) or a revenue line of amounts, in some years.
 * Appendix A's table does not move; its balance against revenue does.
 */
export interface SetParameterOperation {
  readonly op: 'setParameter';
  readonly parameter: string;
  readonly value: Amount;
  readonly years: readonly string[];
}

export interface SetRevenueOperation {
  readonly op: 'setRevenue';
  readonly revenue: string;
  readonly value: Amount;
  readonly years: readonly string[];
}

/** The choices a form offers for a parameter or a revenue line of amounts: [id, words]. */
export function financeChoices(plan: Pick<Plan, 'finance'>, of: 'parameter' | 'revenue'): [string, string][] {
  const finance = plan.finance;
  if (finance === undefined) return [];
  if (of === 'parameter') return finance.parameters.map((p) => [p.id, `${p.name} (${p.unit})`]);
  return finance.lines.filter((line) => !isProduct(line)).map((line) => [line.code, `${line.code} ${line.name}`]);
}

function financeOf(state: ScenarioState): FinancialPlan {
  if (state.plan.finance === undefined) throw new OperationError('this plan has no financial plan');
  return state.plan.finance;
}

function yearIndices(plan: Plan, years: readonly string[]): number[] {
  if (years.length === 0) throw new OperationError('no year is given');
  return years.map((year) => {
    const y = plan.years.indexOf(year);
    if (y === -1) throw new OperationError(`year ${year} is not in the plan`);
    return y;
  });
}

/** The state with its financial plan changed, a FinanceError said as an OperationError. */
function changed(state: ScenarioState, change: (finance: FinancialPlan) => FinancialPlan, value: Amount, what: string): ScenarioState {
  if (value.isNegative() && !value.isZero()) throw new OperationError(`${what} cannot be negative`);
  try {
    return { ...state, plan: { ...state.plan, finance: change(financeOf(state)) } };
  } catch (error) {
    if (error instanceof FinanceError) throw new OperationError(error.message);
    throw error;
  }
}

const nameOf = (plan: Plan, id: string) => plan.finance?.parameters.find((p) => p.id === id)?.name ?? plan.finance?.lines.find((l) => l.code === id)?.name ?? id;

export const setParameter: OperationDef<SetParameterOperation> = {
  label: 'Set a revenue parameter (units, unit value, ratio)',
  fields: {
    parameter: { kind: 'finance', label: 'Parameter', of: 'parameter' },
    value: { kind: 'percent', label: 'Value' },
    years: { kind: 'years', label: 'Years' },
  },
  apply: (state, op) => {
    // Contributory classes go in sixteenths of a unit (1/16 to 40): no file or proposal sets 330.03 units.
    const isUnits = state.plan.finance?.parameters.find((p) => p.id === op.parameter)?.unit === 'units';
    if (isUnits && !isSixteenths(op.value)) throw new OperationError(`${op.value.toFixed()} ${nameOf(state.plan, op.parameter)} is not a whole number of sixteenths of a unit`);
    return changed(state, (finance) => withParameter(finance, op.parameter, yearIndices(state.plan, op.years), op.value), op.value, nameOf(state.plan, op.parameter));
  },
  describe: (op, words) => `Set ${nameOf(words.plan, op.parameter)} to ${words.decimal(op.value)} in ${words.years(op.years)}`,
  nextTable: sameTable,
};

export const setRevenue: OperationDef<SetRevenueOperation> = {
  label: 'Set a revenue line',
  fields: {
    revenue: { kind: 'finance', label: 'Revenue line', of: 'revenue' },
    value: { kind: 'amount', label: (plan) => `Amount (${plan.unit})` },
    years: { kind: 'years', label: 'Years' },
  },
  apply: (state, op) => changed(state, (finance) => withRevenue(finance, op.revenue, yearIndices(state.plan, op.years), op.value), op.value, nameOf(state.plan, op.revenue)),
  describe: (op, words) => `Set revenue ${op.revenue} (${nameOf(words.plan, op.revenue)}) to ${words.amount(op.value)} in ${words.years(op.years)}`,
  nextTable: sameTable,
};
