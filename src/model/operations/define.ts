import { decimalText, formatAmount, type Amount, type NumberStyle } from '../amount';
import { periodColumns } from '../columns';
import type { Plan } from '../plan';
import { say } from '../say';
import type { Table } from '../table';
import { listAnd } from '../words';
import { Edit } from './edit';
import type { FieldsOf, LineField } from './fields';
import type { ScenarioState } from './state';

/** An operation on one line: the shape of many, and the whole of some (lock, merge). */
export interface OnALine<N extends string> {
  readonly op: N;
  readonly line: string;
}

/** The usual first field: the line an operation changes. */
export const LINE_FIELD: LineField = { kind: 'line', label: () => say('model.field.line') };

/** What a description is written with: the plan, and its number style. */
export interface Words {
  readonly plan: Plan;
  readonly style: NumberStyle;
  /** `5 000` in the style, at the plan's precision. */
  amount(value: Amount): string;
  /** `0,5` in the style: a weight, a ratio. */
  decimal(value: Amount): string;
  /** `0,5 %` in the style. */
  percent(value: Amount): string;
  /** `in 2030`, `in 2028 and 2030`, or `in every year (2028-2031)`. */
  inYears(list: readonly string[]): string;
  /** A biennium id, or the period's label for `total`. */
  period(id: string): string;
}

export function wordsFor(plan: Plan, style: NumberStyle): Words {
  return {
    plan,
    style,
    amount: (value) => formatAmount(value, style, plan.precision),
    decimal: (value) => decimalText(value, style),
    percent: (value) => say('model.words.percent', { value: decimalText(value, style) }),
    inYears(list) {
      if (list.length === 0) return say('model.words.inNoYear');
      if (list.length === plan.years.length && list.every((y, i) => y === plan.years[i])) return say('model.words.inEveryYear', { period: plan.periodLabel });
      return say('model.words.inYears', { years: listAnd(list) });
    },
    period: (id) => periodColumns(plan).find((column) => column.id === id)?.heading ?? id,
  };
}

/**
 * One operation, defined once: its parameters as typed fields (from which
 * the file schema and the form are built), what it does and how it is said
 * in words. The fields' order is the form's.
 */
export interface OperationDef<O extends { readonly op: string }> {
  /** How the form's list of operations names it, in the person's language (a getter: read it when it is shown). */
  readonly label: string;
  readonly fields: FieldsOf<O>;
  /**
   * The state after the operation, or an OperationError saying which line,
   * year or figure is wrong and why; `state` is never changed. `table` is
   * the state's computed table.
   */
  apply(state: ScenarioState, op: O, table: Table): ScenarioState;
  /** The operation in plain words: "Move 5 000 from TP1 to TP3 in 2030". */
  describe(op: O, words: Words): string;
  /** The table after the operation, when it can be had for less than a full computation (the default). */
  nextTable?(before: Table, after: ScenarioState, op: O): Table;
}

/** The apply of an operation that changes yearly amounts, locks or the envelope through an {@link Edit}, checked when it finishes. */
export function editing<O>(change: (edit: Edit, op: O) => void): (state: ScenarioState, op: O, table: Table) => ScenarioState {
  return (state, op, table) => {
    const edit = new Edit(state, table);
    change(edit, op);
    return edit.finish();
  };
}

/** For operations that change no figure (locks, the envelope): the table stays as it is. */
export const sameTable = (before: Table): Table => before;
