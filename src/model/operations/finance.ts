import type { Amount } from '../amount';
import { FinanceError, isProduct, withParameter, withRevenue, type FinancialPlan } from '../finance/financialPlan';
import { isSixteenths } from '../fraction';
import type { Plan } from '../plan';
import { say } from '../say';
import { sameTable, type OperationDef } from './define';
import { inputsLabel } from './fields';
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
  if (state.plan.finance === undefined) throw new OperationError(say('model.refuse.noFinancialPlan'));
  return state.plan.finance;
}

function yearIndices(plan: Plan, years: readonly string[]): number[] {
  if (years.length === 0) throw new OperationError(say('model.refuse.noYear'));
  return years.map((year) => {
    const y = plan.years.indexOf(year);
    if (y === -1) throw new OperationError(say('model.refuse.yearNotInPlan', { year }));
    return y;
  });
}

/** The state with its financial plan changed, a FinanceError said as an OperationError. */
function changed(state: ScenarioState, change: (finance: FinancialPlan) => FinancialPlan, value: Amount, what: string): ScenarioState {
  if (value.isNegative() && !value.isZero()) throw new OperationError(say('model.refuse.negative', { what }));
  try {
    return { ...state, plan: { ...state.plan, finance: change(financeOf(state)) } };
  } catch (error) {
    if (error instanceof FinanceError) throw new OperationError(error.message);
    throw error;
  }
}

const nameOf = (plan: Plan, id: string) => plan.finance?.parameters.find((p) => p.id === id)?.name ?? plan.finance?.lines.find((l) => l.code === id)?.name ?? id;

export const setParameter: OperationDef<SetParameterOperation> = {
  get label() {
    return say('model.op.setParameter.label');
  },
  fields: {
    parameter: { kind: 'finance', label: () => say('model.field.parameter'), of: 'parameter' },
    value: { kind: 'percent', label: () => say('model.field.value') },
    years: { kind: 'years', label: inputsLabel },
  },
  apply: (state, op) => {
    // Contributory classes go in sixteenths of a unit (1/16 to 40): no file or proposal sets 330.03 units.
    const isUnits = state.plan.finance?.parameters.find((p) => p.id === op.parameter)?.unit === 'units';
    if (isUnits && !isSixteenths(op.value)) throw new OperationError(say('model.refuse.notSixteenths', { value: op.value.toFixed(), name: nameOf(state.plan, op.parameter) }));
    return changed(state, (finance) => withParameter(finance, op.parameter, yearIndices(state.plan, op.years), op.value), op.value, nameOf(state.plan, op.parameter));
  },
  describe: (op, words) => say('model.op.setParameter.describe', { name: nameOf(words.plan, op.parameter), value: words.decimal(op.value), years: words.inYears(op.years) }),
  nextTable: sameTable,
};

export const setRevenue: OperationDef<SetRevenueOperation> = {
  get label() {
    return say('model.op.setRevenue.label');
  },
  fields: {
    revenue: { kind: 'finance', label: () => say('model.field.revenueLine'), of: 'revenue' },
    value: { kind: 'amount', label: (plan) => say('model.field.amount', { unit: plan.unit }) },
    years: { kind: 'years', label: inputsLabel },
  },
  apply: (state, op) => changed(state, (finance) => withRevenue(finance, op.revenue, yearIndices(state.plan, op.years), op.value), op.value, nameOf(state.plan, op.revenue)),
  describe: (op, words) =>
    say('model.op.setRevenue.describe', { code: op.revenue, name: nameOf(words.plan, op.revenue), amount: words.amount(op.value), years: words.inYears(op.years) }),
  nextTable: sameTable,
};
