import type { Amount } from '../amount';
import { apportion, splitEvenly } from '../apportion';
import { SUBTOTAL_ID } from '../plan';
import { rowOf } from '../table';
import { editing, type OperationDef } from './define';
import { choice } from './fields';
import { HUNDRED, halfUp, type Edit } from './edit';
import { OperationError } from './state';

/**
 * The progressive global reduction, set four ways. Each way is its own
 * variant of the `reduction` operation, told apart by `mode`.
 */
export interface ReductionAmountsOperation {
  readonly op: 'reduction';
  readonly mode: 'amounts';
  readonly amounts: Readonly<Record<string, Amount>>;
}
/** Per cent of each year's Subtotal to take off: 1.5 gives a reduction of −1.5 % of that Subtotal. */
export interface ReductionRatesOperation {
  readonly op: 'reduction';
  readonly mode: 'rates';
  readonly rates: Readonly<Record<string, Amount>>;
}
/** The first year's reduction amount (e.g. −1 000), then `step` more each year (e.g. −500). */
export interface ReductionProgressiveOperation {
  readonly op: 'reduction';
  readonly mode: 'progressive';
  readonly first: Amount;
  readonly step: Amount;
}
/** Total brought to `total` exactly through the reduction, spread over the years by a profile. */
export interface ReductionTargetOperation {
  readonly op: 'reduction';
  readonly mode: 'target';
  readonly total: Amount;
  readonly profile: 'current' | 'even' | 'subtotal';
}

const allYears = (edit: Edit) => edit.plan.years.map((_, y) => y);

function givenYears(edit: Edit, values: Readonly<Record<string, Amount>>): [number, Amount, string][] {
  const entries = Object.entries(values);
  if (entries.length === 0) throw new OperationError('no year is given');
  return entries.map(([year, value]) => [edit.yearIndex(year), value, year]);
}

export const reductionAmounts: OperationDef<ReductionAmountsOperation> = {
  label: 'Set the reduction by year',
  fields: { mode: { kind: 'mode', value: 'amounts' }, amounts: { kind: 'byYear', label: 'Reduction', of: 'amount' } },
  apply: editing((edit, op) => {
    for (const [y, value, year] of givenYears(edit, op.amounts)) {
      edit.setReduction(y, edit.amount(value, `the reduction for ${year}`, { allowNegative: true }));
    }
  }),
  describe: (op, words) => `Set the reduction to ${Object.entries(op.amounts).map(([y, v]) => `${words.amount(v)} in ${y}`).join(', ')}`,
};

export const reductionRates: OperationDef<ReductionRatesOperation> = {
  label: 'Set the reduction as % of each year’s Subtotal',
  fields: { mode: { kind: 'mode', value: 'rates' }, rates: { kind: 'byYear', label: '% of Subtotal', of: 'percent' } },
  apply: editing((edit, op) => {
    const subtotal = rowOf(edit.table, SUBTOTAL_ID);
    for (const [y, rate] of givenYears(edit, op.rates)) {
      edit.setReduction(y, halfUp(subtotal.years[y]!.times(rate).div(HUNDRED), edit.plan.precision).negated());
    }
  }),
  describe: (op, words) =>
    `Set the reduction to ${Object.entries(op.rates).map(([y, v]) => `${words.percent(v)} of the Subtotal in ${y}`).join(', ')}`,
};

export const reductionProgressive: OperationDef<ReductionProgressiveOperation> = {
  label: 'Set a progressive reduction (first year, step)',
  fields: {
    mode: { kind: 'mode', value: 'progressive' },
    first: { kind: 'amount', label: (plan) => `First year (${plan.years[0]})`, placeholder: '-1 000' },
    step: { kind: 'amount', label: 'More each year', placeholder: '-500' },
  },
  apply: editing((edit, op) => {
    const first = edit.amount(op.first, 'the first year’s reduction', { allowNegative: true });
    const step = edit.amount(op.step, 'the step', { allowNegative: true });
    allYears(edit).forEach((y) => edit.setReduction(y, first.plus(step.times(y))));
  }),
  describe: (op, words) =>
    `Set the reduction to ${words.amount(op.first)} in ${words.plan.years[0]}, then ${words.amount(op.step)} more each year`,
};

const PROFILE_WORDS = { current: 'the current reduction’s profile', even: 'equal parts', subtotal: 'the years’ Subtotals' } as const;

export const reductionTarget: OperationDef<ReductionTargetOperation> = {
  label: 'Bring Total to a target through the reduction',
  fields: {
    mode: { kind: 'mode', value: 'target' },
    total: { kind: 'amount', label: (plan) => `Target Total (${plan.unit})`, placeholder: '650 000' },
    profile: choice('Spread over the years', ['current', 'like the current reduction'], ['even', 'in equal parts'], ['subtotal', 'in proportion to each year’s Subtotal']),
  },
  apply: editing((edit, op) => {
    const { precision } = edit.plan;
    const subtotal = rowOf(edit.table, SUBTOTAL_ID);
    const years = allYears(edit);
    const needed = edit.amount(op.total, 'the target Total', { allowNegative: true }).minus(subtotal.total);
    let parts: Amount[] | null;
    if (op.profile === 'even') parts = splitEvenly(needed, years.length, precision);
    else if (op.profile === 'subtotal') parts = apportion(needed, subtotal.years, precision);
    else {
      const current = years.map((y) => edit.currentReduction(y));
      const isOneSign = current.every((v) => v.lte(0)) || current.every((v) => v.gte(0));
      parts = isOneSign ? apportion(needed, current.map((v) => v.abs()), precision) : null;
    }
    if (parts === null) {
      throw new OperationError(
        op.profile === 'current'
          ? 'the current reduction has no profile to follow (it is zero, or of mixed signs): use the even or subtotal profile'
          : 'the years’ Subtotals give no profile to follow',
      );
    }
    years.forEach((y) => edit.setReduction(y, parts[y]!));
  }),
  describe: (op, words) => `Bring Total to ${words.amount(op.total)} through the reduction, spread by ${PROFILE_WORDS[op.profile]}`,
};
