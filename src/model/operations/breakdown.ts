import { ZERO, type Amount } from '../amount';
import { apportion } from '../apportion';
import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID, checkedPlan, isGroup, type GroupLine, type LeafLine } from '../plan';
import type { Table } from '../table';
import { LINE_FIELD, type OnALine, type OperationDef } from './define';
import { Edit, fmt, replaceLine } from './edit';
import type { AmountsPart, FieldsOf, WeightPart } from './fields';
import { OperationError, type ScenarioState } from './state';

/**
 * Breaks a line down into sub-lines (a priority into its outcomes): by
 * weights, each year of the line apportioned exactly by largest remainder; or
 * by yearly amounts, which must add up to the line's in every year.
 */
export interface BreakdownWeightsOperation extends OnALine<'breakdown'> {
  readonly mode: 'weights';
  readonly parts: readonly WeightPart[];
}
export interface BreakdownAmountsOperation extends OnALine<'breakdown'> {
  readonly mode: 'amounts';
  readonly parts: readonly AmountsPart[];
}
type BreakdownOperation = BreakdownWeightsOperation | BreakdownAmountsOperation;

/** The line to break down, once every part's code is checked. */
function lineToBreak(edit: Edit, op: BreakdownOperation): LeafLine {
  const { line } = edit.changeable(op.line);
  if (isGroup(line)) throw new OperationError(`${edit.label(op.line)} is already broken down: remove its breakdown first`);
  if (op.parts.length === 0) throw new OperationError('a breakdown needs at least one part');
  const codes = new Set<string>();
  for (const part of op.parts) {
    if (part.code.trim() === '') throw new OperationError('a part of the breakdown has no code');
    if (codes.has(part.code)) throw new OperationError(`the part ${part.code} is given twice`);
    if (part.code !== op.line && edit.hasLine(part.code)) throw new OperationError(`${part.code} is already a line of this plan`);
    if ([REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID].includes(part.code) || part.code === op.line) throw new OperationError(`${part.code} cannot be the code of a part`);
    codes.add(part.code);
  }
  return line;
}

/** The state with the line replaced by a group of the parts, each with its yearly amounts. */
function grouped(state: ScenarioState, line: LeafLine, parts: readonly { code: string; name: string }[], amounts: Amount[][]): ScenarioState {
  const group: GroupLine = {
    code: line.code,
    name: line.name,
    children: parts.map((part, i) => ({ code: part.code, name: part.name, amounts: amounts[i]! })),
  };
  return { ...state, plan: checkedPlan({ ...state.plan, lines: replaceLine(state.plan.lines, line.code, group) }) };
}

function byWeights(state: ScenarioState, op: BreakdownWeightsOperation, table: Table): ScenarioState {
  const line = lineToBreak(new Edit(state, table), op);
  for (const part of op.parts) {
    if (part.weight.isNegative() && !part.weight.isZero()) throw new OperationError(`the weight of ${part.code} cannot be negative`);
  }
  const weights = op.parts.map((part) => part.weight);
  const perYear = line.amounts.map((value) => apportion(value, weights, state.plan.precision));
  if (perYear.some((parts) => parts === null)) throw new OperationError('the weights add up to zero: give at least one part a weight');
  return grouped(state, line, op.parts, op.parts.map((_, i) => perYear.map((parts) => parts![i]!)));
}

function byAmounts(state: ScenarioState, op: BreakdownAmountsOperation, table: Table): ScenarioState {
  const edit = new Edit(state, table);
  const line = lineToBreak(edit, op);
  const { years } = state.plan;
  const amounts = op.parts.map((part) =>
    years.map((year) => {
      const value = part.amounts[year];
      if (value === undefined) throw new OperationError(`${part.code} has no amount for ${year}`);
      return edit.amount(value, `the amount of ${part.code} in ${year}`);
    }),
  );
  for (const key of op.parts.flatMap((part) => Object.keys(part.amounts))) edit.yearIndex(key);
  years.forEach((year, y) => {
    const sum = amounts.reduce((acc, parts) => acc.plus(parts[y]!), ZERO);
    if (!sum.eq(line.amounts[y]!)) {
      throw new OperationError(`in ${year} the parts add up to ${fmt(sum, state.plan)}, but ${op.line} has ${fmt(line.amounts[y]!, state.plan)}`);
    }
  });
  return grouped(state, line, op.parts, amounts);
}

const partCount = (op: BreakdownOperation) =>
  op.parts.length === 0 ? 'no parts' : `${op.parts.length} part${op.parts.length === 1 ? '' : 's'} (${op.parts.map((part) => part.code).join(', ')})`;

/** The two ways of breaking a line down differ in their parts, how they are shared, and their words. */
function breakdownBy<O extends BreakdownOperation>(mode: O['mode'], label: string, apply: OperationDef<O>['apply'], describe: OperationDef<O>['describe']): OperationDef<O> {
  const fields = { line: LINE_FIELD, mode: { kind: 'mode', value: mode }, parts: { kind: 'parts', label: 'Parts', of: mode === 'weights' ? 'weight' : 'amounts' } };
  return { label, fields: fields as unknown as FieldsOf<O>, apply, describe };
}

export const breakdownWeights = breakdownBy<BreakdownWeightsOperation>('weights', 'Break a line down by weights', byWeights, (op, words) =>
  `Break ${op.line} down into ${partCount(op)} by weights ${op.parts.map((part) => words.decimal(part.weight)).join(' : ')}`,
);

export const breakdownAmounts = breakdownBy<BreakdownAmountsOperation>('amounts', 'Break a line down by yearly amounts', byAmounts, (op) =>
  `Break ${op.line} down into ${partCount(op)} by yearly amounts`,
);
