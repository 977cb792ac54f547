import { ZERO, type Amount } from '../amount';
import { apportion } from '../apportion';
import { LINE_FIELD, editing, type OnALine, type OperationDef } from './define';
import { choice } from './fields';
import { HUNDRED, halfUp } from './edit';
import { OperationError } from './state';

/** A line's amounts in some years as a percentage of what they are, the difference compensated pro rata or not. */
export interface ScaleOperation extends OnALine<'scale'> {
  /** The new amounts as a percentage of the current ones: 95 cuts by 5 %, 110 adds 10 %. */
  readonly percent: Amount;
  readonly years: readonly string[];
  readonly compensate: 'none' | 'pro-rata';
}

export const scale: OperationDef<ScaleOperation> = {
  label: 'Scale a line by a percentage',
  fields: {
    line: LINE_FIELD,
    percent: { kind: 'percent', label: 'New level, % of current', placeholder: '95' },
    years: { kind: 'years', label: 'Years' },
    compensate: choice('Difference', ['pro-rata', 'taken from / given to the other unlocked lines pro rata'], ['none', 'not compensated (Total changes)']),
  },
  apply: editing((edit, op) => {
    edit.changeable(op.line);
    if (op.percent.isNegative()) throw new OperationError('the percentage cannot be negative');
    const years = edit.yearIndices(op.years);
    const before = years.map((y) => edit.current(op.line, y));
    // The line's new total over these years is its old total scaled and
    // rounded once; the years share it in proportion to their old amounts.
    const newTotal = halfUp(
      before.reduce((acc, v) => acc.plus(v), ZERO).times(op.percent).div(HUNDRED),
      edit.plan.precision,
    );
    const after = apportion(newTotal, before, edit.plan.precision) ?? before;
    years.forEach((y, i) => {
      edit.write(op.line, y, after[i]!);
      if (op.compensate === 'pro-rata') edit.compensate(op.line, y, before[i]!.minus(after[i]!));
    });
  }),
  describe: (op, words) =>
    `Scale ${op.line} to ${words.percent(op.percent)} in ${words.years(op.years)}` +
    (op.compensate === 'pro-rata' ? ', the other unlocked lines compensating pro rata' : ', not compensated'),
};
