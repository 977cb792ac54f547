import { computeTable, type Table } from './table';
import { definitionOf, type Operation } from './operations/registry';
import type { ScenarioState } from './operations/state';

export { initialState, type Envelope, type ScenarioState } from './operations/state';

/**
 * The state after one operation, or an OperationError saying which line,
 * year or figure is wrong and why; the given state is never changed. Every
 * promised total holds exactly (see each operation's module in
 * ./operations); fractions are apportioned by largest remainder, ties to
 * what comes first in the plan.
 */
export function applyOperation(state: ScenarioState, op: Operation, table: Table = computeTable(state.plan)): ScenarioState {
  return definitionOf(op).apply(state, op, table);
}

/** The table after an operation that gave `after`: incrementally where the operation can say how, else in full. */
export function tableAfter(before: Table, after: ScenarioState, op: Operation): Table {
  const { nextTable } = definitionOf(op);
  return nextTable ? nextTable(before, after, op) : computeTable(after.plan);
}
