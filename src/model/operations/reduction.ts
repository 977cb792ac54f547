import type { Amount } from '../amount';
import { apportion, splitEvenly } from '../apportion';
import { SUBTOTAL_ID } from '../plan';
import { say } from '../say';
import { rowOf } from '../table';
import { listComma } from '../words';
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
  if (entries.length === 0) throw new OperationError(say('model.refuse.noYear'));
  return entries.map(([year, value]) => [edit.yearIndex(year), value, year]);
}

export const reductionAmounts: OperationDef<ReductionAmountsOperation> = {
  get label() {
    return say('model.op.reductionAmounts.label');
  },
  fields: { mode: { kind: 'mode', value: 'amounts' }, amounts: { kind: 'byYear', label: () => say('model.field.reduction'), of: 'amount' } },
  apply: editing((edit, op) => {
    for (const [y, value, year] of givenYears(edit, op.amounts)) {
      edit.setReduction(y, edit.amount(value, say('model.what.reductionFor', { year }), { allowNegative: true }));
    }
  }),
  describe: (op, words) =>
    say('model.op.reduction.describeByYear', { list: listComma(Object.entries(op.amounts).map(([year, v]) => say('model.words.valueInYear', { value: words.amount(v), year }))) }),
};

export const reductionRates: OperationDef<ReductionRatesOperation> = {
  get label() {
    return say('model.op.reductionRates.label');
  },
  fields: { mode: { kind: 'mode', value: 'rates' }, rates: { kind: 'byYear', label: () => say('model.field.percentOfSubtotal'), of: 'percent' } },
  apply: editing((edit, op) => {
    const subtotal = rowOf(edit.table, SUBTOTAL_ID);
    for (const [y, rate] of givenYears(edit, op.rates)) {
      edit.setReduction(y, halfUp(subtotal.years[y]!.times(rate).div(HUNDRED), edit.plan.precision).negated());
    }
  }),
  describe: (op, words) =>
    say('model.op.reduction.describeByYear', { list: listComma(Object.entries(op.rates).map(([year, v]) => say('model.op.reductionRates.rateIn', { rate: words.percent(v), year }))) }),
};

export const reductionProgressive: OperationDef<ReductionProgressiveOperation> = {
  get label() {
    return say('model.op.reductionProgressive.label');
  },
  fields: {
    mode: { kind: 'mode', value: 'progressive' },
    first: { kind: 'amount', label: (plan) => say('model.field.firstYear', { year: String(plan.years[0]) }), placeholder: '-1 000' },
    step: { kind: 'amount', label: () => say('model.field.moreEachYear'), placeholder: '-500' },
  },
  apply: editing((edit, op) => {
    const first = edit.amount(op.first, say('model.what.firstYearReduction'), { allowNegative: true });
    const step = edit.amount(op.step, say('model.what.step'), { allowNegative: true });
    allYears(edit).forEach((y) => edit.setReduction(y, first.plus(step.times(y))));
  }),
  describe: (op, words) =>
    say('model.op.reductionProgressive.describe', { first: words.amount(op.first), year: String(words.plan.years[0]), step: words.amount(op.step) }),
};

export const reductionTarget: OperationDef<ReductionTargetOperation> = {
  get label() {
    return say('model.op.reductionTarget.label');
  },
  fields: {
    mode: { kind: 'mode', value: 'target' },
    total: { kind: 'amount', label: (plan) => say('model.field.targetTotal', { unit: plan.unit }), placeholder: '650 000' },
    profile: choice(
      () => say('model.field.spreadOverYears'),
      ['current', () => say('model.choice.profile.current')],
      ['even', () => say('model.choice.profile.even')],
      ['subtotal', () => say('model.choice.profile.subtotal')],
    ),
  },
  apply: editing((edit, op) => {
    const { precision } = edit.plan;
    const subtotal = rowOf(edit.table, SUBTOTAL_ID);
    const years = allYears(edit);
    const needed = edit.amount(op.total, say('model.what.targetTotal'), { allowNegative: true }).minus(subtotal.total);
    let parts: Amount[] | null;
    if (op.profile === 'even') parts = splitEvenly(needed, years.length, precision);
    else if (op.profile === 'subtotal') parts = apportion(needed, subtotal.years, precision);
    else {
      const current = years.map((y) => edit.currentReduction(y));
      const isOneSign = current.every((v) => v.lte(0)) || current.every((v) => v.gte(0));
      parts = isOneSign ? apportion(needed, current.map((v) => v.abs()), precision) : null;
    }
    if (parts === null) {
      throw new OperationError(op.profile === 'current' ? say('model.refuse.noCurrentProfile') : say('model.refuse.noSubtotalProfile'));
    }
    years.forEach((y) => edit.setReduction(y, parts[y]!));
  }),
  describe: (op, words) => {
    const amount = words.amount(op.total);
    if (op.profile === 'even') return say('model.op.reductionTarget.describeEven', { amount });
    if (op.profile === 'subtotal') return say('model.op.reductionTarget.describeSubtotal', { amount });
    return say('model.op.reductionTarget.describeCurrent', { amount });
  },
};
