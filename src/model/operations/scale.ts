import { ZERO, type Amount } from '../amount';
import { apportion } from '../apportion';
import { say } from '../say';
import { LINE_FIELD, editing, type OnALine, type OperationDef } from './define';
import { choice, inputsLabel } from './fields';
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
  get label() {
    return say('model.op.scale.label');
  },
  fields: {
    line: LINE_FIELD,
    percent: { kind: 'percent', label: () => say('model.field.newLevel'), placeholder: '95' },
    years: { kind: 'years', label: inputsLabel },
    compensate: choice(
      () => say('model.field.difference'),
      ['pro-rata', () => say('model.choice.compensate.proRata')],
      ['none', () => say('model.choice.compensate.none')],
    ),
  },
  apply: editing((edit, op) => {
    edit.changeable(op.line);
    if (op.percent.isNegative()) throw new OperationError(say('model.refuse.negativePercentage'));
    const years = edit.yearIndices(op.years);
    const before = years.map((y) => edit.current(op.line, y));
    // The line's new total over these years is its old total scaled and
    // rounded once; the years share it in proportion to their old amounts.
    const newTotal = halfUp(
      before.reduce((acc, v) => acc.plus(v), ZERO).times(op.percent).div(HUNDRED),
      edit.plan.precision,
    );
    const after = apportion(newTotal, before, edit.plan.precision);
    // Weights of both signs (an adjustment adding in one year and taking off in another) have no proportion to keep.
    if (after === null && !newTotal.isZero()) throw new OperationError(say('model.refuse.mixedSigns', { line: edit.label(op.line) }));
    years.forEach((y, i) => {
      const value = after?.[i] ?? before[i]!;
      edit.write(op.line, y, value);
      if (op.compensate === 'pro-rata') edit.compensate(op.line, y, before[i]!.minus(value));
    });
  }),
  describe: (op, words) => {
    const values = { line: op.line, percent: words.percent(op.percent), years: words.inYears(op.years) };
    return op.compensate === 'pro-rata' ? say('model.op.scale.describeProRata', values) : say('model.op.scale.describeNone', values);
  },
};
