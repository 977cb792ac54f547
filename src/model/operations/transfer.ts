import type { Amount } from '../amount';
import { editing, type OperationDef } from './define';
import { OperationError } from './state';

/** Moves `amount` from one line to another in each listed year: Total is kept. */
export interface TransferOperation {
  readonly op: 'transfer';
  readonly from: string;
  readonly to: string;
  readonly amount: Amount;
  readonly years: readonly string[];
}

export const transfer: OperationDef<TransferOperation> = {
  label: 'Move money between lines (transfer)',
  fields: {
    from: { kind: 'line', label: 'From' },
    to: { kind: 'line', label: 'To', fallback: 1 },
    amount: { kind: 'amount', label: (plan) => `Amount per year (${plan.unit})` },
    years: { kind: 'years', label: 'Years' },
  },
  apply: editing((edit, op) => {
    if (op.from === op.to) throw new OperationError(`a transfer needs two different lines (${op.from} is both)`);
    const from = edit.changeable(op.from);
    const to = edit.changeable(op.to);
    if (from.ancestors.includes(op.to) || to.ancestors.includes(op.from)) {
      throw new OperationError(`${op.from} and ${op.to}: one is part of the other`);
    }
    const amount = edit.amount(op.amount, 'the amount to transfer', { isPositive: true });
    for (const y of edit.yearIndices(op.years)) {
      edit.write(op.from, y, edit.current(op.from, y).minus(amount));
      edit.write(op.to, y, edit.current(op.to, y).plus(amount));
    }
  }),
  describe: (op, words) => `Move ${words.amount(op.amount)} from ${op.from} to ${op.to} in ${words.years(op.years)}`,
};
