import type { Amount } from '../amount';
import { REDUCTION_ID } from '../plan';
import { say } from '../say';
import { updateTable, computeTable, rowOf } from '../table';
import { editing, type OnALine, type OperationDef } from './define';

/** One yearly amount of a line, a group (passed on to its unlocked lines) or the reduction (`line` is then `reduction`). */
export interface SetOperation extends OnALine<'set'> {
  readonly year: string;
  readonly value: Amount;
}

export const set: OperationDef<SetOperation> = {
  get label() {
    return say('model.op.set.label');
  },
  fields: {
    line: { kind: 'line', label: () => say('model.field.line'), withReduction: true },
    year: { kind: 'year', label: () => say('model.field.year') },
    value: { kind: 'amount', label: (plan) => say('model.field.amount', { unit: plan.unit }) },
  },
  apply: editing((edit, op) => {
    const y = edit.yearIndex(op.year);
    if (op.line === REDUCTION_ID) {
      edit.setReduction(y, edit.amount(op.value, say('model.what.reduction'), { allowNegative: true }));
      return;
    }
    edit.changeable(op.line, { isSetting: true });
    edit.write(op.line, y, edit.lineAmount(op.line, op.value, say('model.what.amountForLineInYear', { line: op.line, year: op.year })));
  }),
  describe: (op, words) =>
    op.line === REDUCTION_ID
      ? say('model.op.set.describeReduction', { reduction: words.plan.reduction.name.toLowerCase(), year: op.year, amount: words.amount(op.value) })
      : say('model.op.set.describe', { line: op.line, year: op.year, amount: words.amount(op.value) }),
  // A line with amounts of its own, or the reduction, changes one cell: the
  // table is updated incrementally; a group passes the amount on to its lines.
  nextTable: (before, after, op) =>
    op.line === REDUCTION_ID || rowOf(before, op.line).kind !== 'group'
      ? updateTable(before, op.line, op.year, op.value)
      : computeTable(after.plan),
};
