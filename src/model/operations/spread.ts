import type { Amount } from '../amount';
import { apportion, splitEvenly } from '../apportion';
import { say } from '../say';
import { LINE_FIELD, editing, type OnALine, type OperationDef } from './define';
import { choice } from './fields';
import { periodYears } from './edit';
import { OperationError } from './state';

/** Sets a line's total over a biennium or the whole period, spread over its years. */
export interface SpreadOperation extends OnALine<'spread'> {
  /** A biennium id or `total` (the whole period). */
  readonly period: string;
  readonly value: Amount;
  readonly method: 'proportional' | 'even';
}

export const spread: OperationDef<SpreadOperation> = {
  get label() {
    return say('model.op.spread.label');
  },
  fields: {
    line: LINE_FIELD,
    period: { kind: 'period', label: () => say('model.field.period') },
    value: { kind: 'amount', label: (plan) => say('model.field.amountForPeriod', { unit: plan.unit }) },
    method: choice(
      () => say('model.field.spread'),
      ['proportional', () => say('model.choice.spread.proportional')],
      ['even', () => say('model.choice.spread.even')],
    ),
  },
  apply: editing((edit, op) => {
    edit.changeable(op.line);
    const years = periodYears(edit, op.period);
    const value = edit.amount(op.value, say('model.what.amountForPeriod', { period: op.period }));
    const parts =
      op.method === 'even'
        ? splitEvenly(value, years.length, edit.plan.precision)
        : apportion(
            value,
            years.map((y) => edit.current(op.line, y)),
            edit.plan.precision,
          );
    if (parts === null) {
      throw new OperationError(say('model.refuse.nothingToSpread', { line: edit.label(op.line), period: op.period }));
    }
    years.forEach((y, i) => edit.write(op.line, y, parts[i]!));
  }),
  describe: (op, words) => {
    const values = { line: op.line, period: words.period(op.period), amount: words.amount(op.value) };
    return op.method === 'even' ? say('model.op.spread.describeEven', values) : say('model.op.spread.describeProportional', values);
  },
};
