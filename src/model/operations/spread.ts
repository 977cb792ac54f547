import type { Amount } from '../amount';
import { apportion, splitEvenly } from '../apportion';
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
  label: 'Set a biennium or period total and spread it',
  fields: {
    line: LINE_FIELD,
    period: { kind: 'period', label: 'Period' },
    value: { kind: 'amount', label: (plan) => `Amount for the period (${plan.unit})` },
    method: choice('Spread', ['proportional', 'in proportion to its current years'], ['even', 'evenly']),
  },
  apply: editing((edit, op) => {
    edit.changeable(op.line);
    const years = periodYears(edit, op.period);
    const value = edit.amount(op.value, `the amount for ${op.period}`);
    const parts =
      op.method === 'even'
        ? splitEvenly(value, years.length, edit.plan.precision)
        : apportion(
            value,
            years.map((y) => edit.current(op.line, y)),
            edit.plan.precision,
          );
    if (parts === null) {
      throw new OperationError(`${edit.label(op.line)} has nothing in ${op.period} to spread in proportion to: spread it evenly`);
    }
    years.forEach((y, i) => edit.write(op.line, y, parts[i]!));
  }),
  describe: (op, words) =>
    `Set ${op.line} in ${words.period(op.period)} to ${words.amount(op.value)}, spread ${op.method === 'even' ? 'evenly' : 'in proportion to its years'}`,
};
