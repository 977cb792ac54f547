import type { Amount } from '../amount';
import { REDUCTION_ID } from '../plan';
import { updateTable, computeTable, rowOf } from '../table';
import { editing, type OnALine, type OperationDef } from './define';

/** One yearly amount of a line, a group (passed on to its unlocked lines) or the reduction (`line` is then `reduction`). */
export interface SetOperation extends OnALine<'set'> {
  readonly year: string;
  readonly value: Amount;
}

export const set: OperationDef<SetOperation> = {
  label: 'Set one yearly amount',
  fields: {
    line: { kind: 'line', label: 'Line', withReduction: true },
    year: { kind: 'year', label: 'Year' },
    value: { kind: 'amount', label: (plan) => `Amount (${plan.unit})` },
  },
  apply: editing((edit, op) => {
    const y = edit.yearIndex(op.year);
    if (op.line === REDUCTION_ID) {
      edit.setReduction(y, edit.amount(op.value, 'the reduction', { allowNegative: true }));
      return;
    }
    edit.changeable(op.line, { isSetting: true });
    edit.write(op.line, y, edit.amount(op.value, `the amount for ${op.line} in ${op.year}`));
  }),
  describe: (op, words) =>
    op.line === REDUCTION_ID
      ? `Set the ${words.plan.reduction.name.toLowerCase()} in ${op.year} to ${words.amount(op.value)}`
      : `Set ${op.line} in ${op.year} to ${words.amount(op.value)}`,
  // A line with amounts of its own, or the reduction, changes one cell: the
  // table is updated incrementally; a group passes the amount on to its lines.
  nextTable: (before, after, op) =>
    op.line === REDUCTION_ID || rowOf(before, op.line).kind !== 'group'
      ? updateTable(before, op.line, op.year, op.value)
      : computeTable(after.plan),
};
