import type { Amount } from '../amount';
import { say } from '../say';
import { editing, type OperationDef } from './define';
import { amountPerInputLabel, inputsLabel } from './fields';
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
  get label() {
    return say('model.op.transfer.label');
  },
  fields: {
    from: { kind: 'line', label: () => say('model.field.from') },
    to: { kind: 'line', label: () => say('model.field.to'), fallback: 1 },
    amount: { kind: 'amount', label: amountPerInputLabel },
    years: { kind: 'years', label: inputsLabel },
  },
  apply: editing((edit, op) => {
    if (op.from === op.to) throw new OperationError(say('model.refuse.transferSameLine', { line: op.from }));
    const from = edit.changeable(op.from);
    const to = edit.changeable(op.to);
    if (from.ancestors.includes(op.to) || to.ancestors.includes(op.from)) {
      throw new OperationError(say('model.refuse.partOfOther', { from: op.from, to: op.to }));
    }
    const amount = edit.amount(op.amount, say('model.what.amountToTransfer'), { isPositive: true });
    for (const y of edit.yearIndices(op.years)) {
      edit.write(op.from, y, edit.current(op.from, y).minus(amount));
      edit.write(op.to, y, edit.current(op.to, y).plus(amount));
    }
  }),
  describe: (op, words) => say('model.op.transfer.describe', { amount: words.amount(op.amount), from: op.from, to: op.to, years: words.inYears(op.years) }),
};
