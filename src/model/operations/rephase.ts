import type { Amount } from '../amount';
import { say } from '../say';
import { LINE_FIELD, editing, type OnALine, type OperationDef } from './define';
import { OperationError } from './state';

/** Moves part of a line's amount from one year to another: the line's period total, and Total over the period, are kept. */
export interface RephaseOperation extends OnALine<'rephase'> {
  readonly from: string;
  readonly to: string;
  readonly amount: Amount;
}

export const rephase: OperationDef<RephaseOperation> = {
  get label() {
    return say('model.op.rephase.label');
  },
  fields: {
    line: LINE_FIELD,
    from: { kind: 'year', label: () => say('model.field.fromYear') },
    to: { kind: 'year', label: () => say('model.field.toYear'), fallback: 1 },
    amount: { kind: 'amount', label: (plan) => say('model.field.amount', { unit: plan.unit }) },
  },
  apply: editing((edit, op) => {
    if (op.from === op.to) throw new OperationError(say('model.refuse.rephaseSameYear', { year: op.from }));
    edit.changeable(op.line);
    const [from, to] = edit.yearIndices([op.from, op.to]) as [number, number];
    const amount = edit.amount(op.amount, say('model.what.amountToMove'), { isPositive: true });
    edit.write(op.line, from, edit.current(op.line, from).minus(amount));
    edit.write(op.line, to, edit.current(op.line, to).plus(amount));
  }),
  describe: (op, words) => say('model.op.rephase.describe', { amount: words.amount(op.amount), line: op.line, from: op.from, to: op.to }),
};
