import { Dec, ZERO, type Amount } from '../amount';
import { TOTAL_ID } from '../plan';
import { say } from '../say';
import { rowOf, type Table } from '../table';
import { computeFinance, financeRow, revenueYears, BALANCE } from './financeTable';
import { apportion } from '../apportion';
import { FinanceError, isProduct, type AmountRevenue, type FinancialPlan } from './financialPlan';

/**
 * Closed-form solving (revenue is linear in each parameter, so no iterative
 * goal seek is needed): the unit value that balances the period, and the
 * Reserve Account drawdown that closes each year's gap.
 */

/** ⌈a ÷ b⌉ exactly, for b > 0: both scaled to integers, then integer division and its remainder (no rounded quotient can land on the wrong side). */
export function ceilDiv(a: Amount, b: Amount): Amount {
  if (!b.isPositive() || b.isZero()) throw new RangeError('ceilDiv: the divisor must be above zero');
  const places = a.decimalPlaces() > b.decimalPlaces() ? a.decimalPlaces() : b.decimalPlaces();
  const scale = new Dec(10).pow(places);
  const [x, y] = [a.times(scale), b.times(scale)];
  const quotient = x.divToInt(y);
  const remainder = x.minus(quotient.times(y));
  return remainder.isZero() || remainder.isNegative() ? quotient : quotient.plus(1);
}

export interface UnitValueSolution {
  /** The unit value, a multiple of the step, that brings revenue to at least expenditure over the period. */
  readonly value: Amount;
  /** Revenue − expenditure over the period with that value: from 0 to under `step × perUnit`. */
  readonly residual: Amount;
  /** What one more of the unit value brings over the period (Σ units × ratios × scale): the slope. */
  readonly perUnit: Amount;
}

/**
 * The smallest multiple of `step` for the unit value that makes the period's
 * revenue cover its expenditure. Revenue = perUnit × value + the rest, so
 * value = ⌈(expenditure − rest) ÷ (perUnit × step)⌉ × step.
 */
export function solveUnitValue(finance: FinancialPlan, table: Table, step: Amount): UnitValueSolution {
  if (!step.isPositive() || step.isZero()) throw new FinanceError(say('model.finance.refuse.stepNotPositive'));
  if (finance.unitValue === undefined) throw new FinanceError(say('model.finance.refuse.noUnitValue'));
  const parameters = new Map(finance.parameters.map((p) => [p.id, p]));
  const years = table.layout.years.length;
  let perUnit = ZERO;
  let rest = ZERO;
  for (const line of finance.lines) {
    const uses = isProduct(line) ? line.factors.filter((id) => id === finance.unitValue).length : 0;
    if (uses > 1) throw new FinanceError(say('model.finance.refuse.notLinear', { code: line.code }));
    if (uses === 0) {
      rest = revenueYears(line, parameters, years).reduce((acc, v) => acc.plus(v), rest);
      continue;
    }
    const others = isProduct(line) ? line.factors.filter((id) => id !== finance.unitValue) : [];
    for (let y = 0; y < years; y++) perUnit = perUnit.plus(others.reduce((acc, id) => acc.times(parameters.get(id)!.values[y]!), isProduct(line) ? line.scale : ZERO));
  }
  if (perUnit.isZero()) throw new FinanceError(say('model.finance.refuse.noUnits'));
  const needed = rowOf(table, TOTAL_ID).total.minus(rest);
  if (!needed.isPositive() || needed.isZero()) throw new FinanceError(say('model.finance.refuse.covered'));
  const value = ceilDiv(needed, perUnit.times(step)).times(step);
  return { value, residual: perUnit.times(value).minus(needed), perUnit };
}

function drawdownLine(finance: FinancialPlan): AmountRevenue {
  const line = finance.lines.find((l) => l.code === finance.drawdown);
  if (finance.drawdown === undefined) throw new FinanceError(say('model.finance.refuse.noDrawdown'));
  if (line === undefined || isProduct(line)) throw new FinanceError(say('model.finance.problem.drawdown', { code: finance.drawdown }));
  return line;
}

/**
 * Each year's drawdown from the Reserve Account that closes that year's
 * shortfall: the current drawdown plus the gap, never below zero (a year in
 * surplus draws nothing).
 */
export function solveDrawdown(finance: FinancialPlan, table: Table): readonly Amount[] {
  const line = drawdownLine(finance);
  const balance = financeRow(computeFinance(finance, table), BALANCE);
  return line.amounts.map((current, y) => Dec.max(ZERO, current.minus(balance.years[y]!)));
}

/**
 * The smallest drawdown that covers the period rather than each year (a
 * year's surplus covers another's gap): the period's gap, rounded up to the
 * plan's unit, drawn in the years short of revenue in proportion to their
 * shortfalls; where the period is in surplus and draws on the Reserve, as
 * much less as the surplus allows (rounded up to the unit, so that the
 * period stays covered), taken from each year in proportion to its
 * drawdown. Exact: the parts add up by largest remainder.
 */
export function solvePeriodDrawdown(finance: FinancialPlan, table: Table, precision: number): readonly Amount[] {
  const line = drawdownLine(finance);
  const balance = financeRow(computeFinance(finance, table), BALANCE);
  const unit = new Dec(10).pow(-precision);
  const drawn = line.amounts.reduce((acc, value) => acc.plus(value), ZERO);
  if (balance.total.isZero() || (balance.total.isPositive() && drawn.isZero())) return line.amounts;
  if (balance.total.isPositive()) {
    const needed = ceilDiv(Dec.max(ZERO, drawn.minus(balance.total)), unit).times(unit);
    return apportion(needed, line.amounts, precision) ?? line.amounts;
  }
  const gap = ceilDiv(balance.total.negated(), unit).times(unit);
  const parts = apportion(gap, balance.years.map((value) => (value.isNegative() ? value.negated() : ZERO)), precision)!;
  return line.amounts.map((current, y) => current.plus(parts[y]!));
}
