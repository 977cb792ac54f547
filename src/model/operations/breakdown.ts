import { ZERO, type Amount } from '../amount';
import { apportion } from '../apportion';
import { REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID, checkedPlan, isGroup, type GroupLine, type LeafLine } from '../plan';
import { say } from '../say';
import type { Table } from '../table';
import { listComma } from '../words';
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
  if (isGroup(line)) throw new OperationError(say('model.refuse.alreadyBrokenDown', { line: edit.label(op.line) }));
  if (op.parts.length === 0) throw new OperationError(say('model.refuse.noParts'));
  const codes = new Set<string>();
  for (const part of op.parts) {
    if (part.code.trim() === '') throw new OperationError(say('model.refuse.partWithoutCode'));
    if (codes.has(part.code)) throw new OperationError(say('model.refuse.partTwice', { code: part.code }));
    if (part.code !== op.line && edit.hasLine(part.code)) throw new OperationError(say('model.refuse.partIsLine', { code: part.code }));
    if ([REDUCTION_ID, SUBTOTAL_ID, TOTAL_ID].includes(part.code) || part.code === op.line) throw new OperationError(say('model.refuse.partCodeReserved', { code: part.code }));
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
    if (part.weight.isNegative() && !part.weight.isZero()) throw new OperationError(say('model.refuse.negativeWeight', { code: part.code }));
  }
  const weights = op.parts.map((part) => part.weight);
  const perYear = line.amounts.map((value) => apportion(value, weights, state.plan.precision));
  if (perYear.some((parts) => parts === null)) throw new OperationError(say('model.refuse.weightsZero'));
  return grouped(state, line, op.parts, op.parts.map((_, i) => perYear.map((parts) => parts![i]!)));
}

function byAmounts(state: ScenarioState, op: BreakdownAmountsOperation, table: Table): ScenarioState {
  const edit = new Edit(state, table);
  const line = lineToBreak(edit, op);
  const { years } = state.plan;
  const amounts = op.parts.map((part) =>
    years.map((year) => {
      const value = part.amounts[year];
      if (value === undefined) throw new OperationError(say('model.refuse.partWithoutAmount', { code: part.code, year }));
      return edit.amount(value, say('model.what.amountOfPartInYear', { code: part.code, year }));
    }),
  );
  for (const key of op.parts.flatMap((part) => Object.keys(part.amounts))) edit.yearIndex(key);
  years.forEach((year, y) => {
    const sum = amounts.reduce((acc, parts) => acc.plus(parts[y]!), ZERO);
    if (!sum.eq(line.amounts[y]!)) {
      throw new OperationError(say('model.refuse.partsSum', { year, sum: fmt(sum, state.plan), line: op.line, amount: fmt(line.amounts[y]!, state.plan) }));
    }
  });
  return grouped(state, line, op.parts, amounts);
}

const partCount = (op: BreakdownOperation) =>
  op.parts.length === 0
    ? say('model.op.breakdown.noParts')
    : say('model.op.breakdown.parts', { count: op.parts.length, codes: listComma(op.parts.map((part) => part.code)) });

/** The two ways of breaking a line down differ in their parts, how they are shared, and their words. */
function breakdownBy<O extends BreakdownOperation>(mode: O['mode'], label: () => string, apply: OperationDef<O>['apply'], describe: OperationDef<O>['describe']): OperationDef<O> {
  const parts = { kind: 'parts', label: () => say('model.field.parts'), of: mode === 'weights' ? 'weight' : 'amounts' };
  const fields = { line: LINE_FIELD, mode: { kind: 'mode', value: mode }, parts };
  return {
    get label() {
      return label();
    },
    fields: fields as unknown as FieldsOf<O>,
    apply,
    describe,
  };
}

export const breakdownWeights = breakdownBy<BreakdownWeightsOperation>('weights', () => say('model.op.breakdownWeights.label'), byWeights, (op, words) =>
  say('model.op.breakdownWeights.describe', { line: op.line, parts: partCount(op), weights: op.parts.map((part) => words.decimal(part.weight)).join(' : ') }),
);

export const breakdownAmounts = breakdownBy<BreakdownAmountsOperation>('amounts', () => say('model.op.breakdownAmounts.label'), byAmounts, (op) =>
  say('model.op.breakdownAmounts.describe', { line: op.line, parts: partCount(op) }),
);
