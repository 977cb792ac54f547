import { parseAmount, type Amount, type NumberStyle } from '../model/amount';
import { fromShown, inputScale, type DisplayUnit } from '../model/displayUnit';
import { describeOperation } from '../model/describe';
import { OperationError, type Operation } from '../model/operation';
import type { Plan } from '../model/plan';
import type { Scenario } from '../model/scenario';
import type { Message, Reading, SliceContext } from './appState';
import { commit } from './historySlice';
import { replayOf, withEntry } from './replays';
import { makeScenario, replaceScenario } from './scenarios';
import { activeScenario, cellName, shownPlan } from './selectors';

export type Figure =
  | { readonly ok: true; readonly value: Amount }
  /** `readings`: for a figure that reads two ways, each reading the plan allows, in its unit. */
  | { readonly ok: false; readonly why: string; readonly readings?: Partial<Record<Reading, Amount>> };

/**
 * A figure as typed or pasted, in the style and unit shown, as an amount of
 * the plan's unit; or why it is not one. With `readAs`, a figure that reads
 * two ways (`5,000`) is read the way the person chose.
 */
export function readFigure(text: string, plan: Plan, style: NumberStyle, displayUnit: DisplayUnit, readAs?: Reading): Figure {
  const scale = inputScale(plan, displayUnit);
  const parsed = parseAmount(text, { style, scale });
  if (parsed.ok) return { ok: true, value: fromShown(parsed.value, plan, displayUnit) };
  const { readings } = parsed.error;
  if (readings === undefined) return { ok: false, why: parsed.error.message };
  const allowed: Partial<Record<Reading, Amount>> = {};
  for (const reading of ['thousands', 'decimal'] as const) {
    if (readings[reading].decimalPlaces() <= scale) allowed[reading] = fromShown(readings[reading], plan, displayUnit);
  }
  const chosen = readAs === undefined ? undefined : allowed[readAs];
  return chosen === undefined ? { ok: false, why: parsed.error.message, readings: allowed } : { ok: true, value: chosen };
}

/** The scenario to change: the active one, or a new one when the baseline is shown (the published baseline stays read-only). */
function editable({ get, newId, now }: SliceContext, name?: string): { scenario: Scenario; isNew: boolean } {
  const s = get();
  const active = activeScenario(s);
  if (active !== null) return { scenario: active, isNew: false };
  return { scenario: makeScenario(s, { id: newId(), name, planId: s.activePlanId, parent: null, createdAt: now().toISOString() }), isNew: true };
}

/**
 * Adds operations to the active scenario as one change (one undo step);
 * refuses them all, with the first refusal's reason, if one is refused. A
 * `cell` names the cell the change was typed in; a `name` names the scenario
 * made when the baseline is shown.
 */
export function addOperations(
  context: SliceContext,
  operations: readonly Operation[],
  rationale: string,
  { cell, name }: { cell?: Message['cell']; name?: string } = {},
): boolean {
  const { get, set, now, newId } = context;
  const { scenario, isNew } = editable(context, name);
  const plan = shownPlan(get());
  let operation = operations[0]!;
  try {
    const at = now().toISOString();
    let extended = scenario;
    for (operation of operations) extended = withEntry(plan, extended, operation, { id: newId(), rationale: rationale.trim(), at });
    const { scenarios } = get();
    commit(context, {
      data: { scenarios: isNew ? [...scenarios, extended] : replaceScenario(scenarios, extended) },
      target: { planId: extended.planId, scenarioId: extended.id },
      view: { activeId: extended.id },
      message: isNew ? { kind: 'info', text: `The published baseline stays as it is: your change is in a new scenario, “${scenario.name}”.` } : null,
    });
    return true;
  } catch (error) {
    if (!(error instanceof OperationError)) throw error;
    const what = cell ? cellName(replayOf(plan, activeScenario(get())).table, cell.rowId, cell.columnId) : describeOperation(operation, plan, get().style);
    set({ message: { kind: 'error', text: `${what}: refused, ${error.message}. Nothing was changed.`, ...(cell ? { cell } : {}) } });
    return false;
  }
}
