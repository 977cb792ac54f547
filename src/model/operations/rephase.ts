import type { Amount } from '../amount';
import { LINE_FIELD, editing, type OnALine, type OperationDef } from './define';
import { OperationError } from './state';

/** Moves part of a line's amount from one year to another: the line's period total, and Total over the period, are kept. */
export interface RephaseOperation extends OnALine<'rephase'> {
  readonly from: string;
  readonly to: string;
  readonly amount: Amount;
}

export const rephase: OperationDef<RephaseOperation> = {
  label: 'Move money of a line between years (rephase)',
  fields: {
    line: LINE_FIELD,
    from: { kind: 'year', label: 'From year' },
    to: { kind: 'year', label: 'To year', fallback: 1 },
    amount: { kind: 'amount', label: (plan) => `Amount (${plan.unit})` },
  },
  apply: editing((edit, op) => {
    if (op.from === op.to) throw new OperationError(`rephasing needs two different years (${op.from} is both)`);
    edit.changeable(op.line);
    const [from, to] = edit.yearIndices([op.from, op.to]) as [number, number];
    const amount = edit.amount(op.amount, 'the amount to move', { isPositive: true });
    edit.write(op.line, from, edit.current(op.line, from).minus(amount));
    edit.write(op.line, to, edit.current(op.line, to).plus(amount));
  }),
  describe: (op, words) => `Move ${words.amount(op.amount)} of ${op.line} from ${op.from} to ${op.to}`,
};
