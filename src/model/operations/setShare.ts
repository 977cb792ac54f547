import type { Amount } from '../amount';
import { apportion, splitEvenly } from '../apportion';
import { say } from '../say';
import { rowOf } from '../table';
import { LINE_FIELD, editing, type OnALine, type OperationDef } from './define';
import { HUNDRED, halfUp } from './edit';
import { OperationError } from './state';

/** A line's share of Total, to the plan's unit; the other unlocked lines compensate pro rata, so Total is kept. */
export interface SetShareOperation extends OnALine<'setShare'> {
  /** Per cent of Total. */
  readonly share: Amount;
}

export const setShare: OperationDef<SetShareOperation> = {
  get label() {
    return say('model.op.setShare.label');
  },
  fields: {
    line: LINE_FIELD,
    share: { kind: 'percent', label: () => say('model.field.shareOfTotal'), placeholder: '30' },
  },
  apply: editing((edit, op) => {
    edit.changeable(op.line);
    if (op.share.isNegative()) throw new OperationError(say('model.refuse.negativeShare'));
    const total = rowOf(edit.table, 'total').total;
    const row = rowOf(edit.table, op.line);
    // Exact to the plan's precision: the nearest amount to share × Total.
    const change = halfUp(total.times(op.share).div(HUNDRED), edit.plan.precision).minus(row.total);
    const years = edit.plan.years.map((_, y) => y);
    const parts = apportion(change, row.years, edit.plan.precision) ?? splitEvenly(change, years.length, edit.plan.precision);
    for (const y of years) {
      edit.write(op.line, y, row.years[y]!.plus(parts[y]!));
      edit.compensate(op.line, y, parts[y]!.negated());
    }
  }),
  describe: (op, words) => say('model.op.setShare.describe', { line: op.line, share: words.percent(op.share) }),
};
