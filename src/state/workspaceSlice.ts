import { inputColumns } from '../model/columns';
import { readProposal } from '../io/proposalFile';
import type { Amount } from '../model/amount';
import { formatExact, formatShown } from '../model/displayUnit';
import { REDUCTION_ID, type Plan } from '../model/plan';
import type { Scenario } from '../model/scenario';
import { rowOf } from '../model/table';
import type { MessageChoice, SliceContext, WorkspaceSlice } from './appState';
import { addOperations, readFigure } from './changes';
import { entryActions } from './entries';
import { commit } from './historySlice';
import { makeScenario, replaceScenario } from './scenarios';
import { isThousandfold } from '../model/validity';
import { MAX_NAME } from '../model/proposal';
import { activeReplay, activeScenario, cellName, shownPlan } from './selectors';

function editCell(context: SliceContext, rowId: string, columnId: string, text: string): boolean {
  const { get, set } = context;
  const { style, displayUnit } = get();
  const plan = shownPlan(get());
  const { table } = activeReplay(get());
  const cell = { rowId, columnId };
  const refuse = (why: string, choices?: readonly MessageChoice[]) => {
    set({ message: { kind: 'error', text: `${cellName(table, rowId, columnId)}: ${why}`, cell, ...(choices ? { choices } : {}) } });
    return false;
  };
  const row = table.index.has(rowId) ? rowOf(table, rowId) : undefined;
  const column = inputColumns(plan).find((c) => c.id === columnId);
  if (row === undefined || column === undefined || (row.kind !== 'line' && row.kind !== 'group' && row.id !== REDUCTION_ID)) {
    return refuse('this figure is computed from others and cannot be typed in.');
  }
  const current = column.amountOf(row);
  const shown = (value: Amount) => formatShown(value, plan, style, displayUnit);
  const put = (value: Amount, isConfirmed = false): boolean => {
    if (value.eq(current)) {
      set({ message: null });
      return true;
    }
    if (!isConfirmed && isThousandfold(current, value)) {
      const size = value.abs().gt(current.abs()) ? 'larger' : 'smaller';
      const apply = { label: `Apply ${shown(value)}`, testId: 'apply-anyway', run: () => void put(value, true) };
      return refuse(`${shown(value)} would replace ${shown(current)}, a figure about a thousand times ${size}: a slip of a thousand? Apply it, or type it again.`, [apply]);
    }
    return addOperations(context, [{ op: 'set', line: rowId, year: columnId, value }], '', { cell });
  };
  const figure = readFigure(text, plan, style, displayUnit);
  if (figure.ok) return put(figure.value);
  const refusal = `“${text}” ${figure.why}. The cell keeps ${shown(current)}.`;
  // A figure that reads two ways is the person's to settle: one button per reading the plan allows.
  const choices = Object.entries(figure.readings ?? {}).map(([reading, value]): MessageChoice => ({
    label: `Read as ${reading === 'thousands' ? 'thousands' : 'decimals'}: ${formatExact(value, plan, style, displayUnit)}`,
    testId: reading,
    run: () => void put(value),
  }));
  return refuse(refusal, choices.length > 0 ? choices : undefined);
}

function renameScenario(context: SliceContext, id: string, name: string): boolean {
  const { get, set } = context;
  const { scenarios } = get();
  const scenario = scenarios.find((s) => s.id === id);
  const trimmed = name.trim();
  if (scenario === undefined) return false;
  if (trimmed === '') {
    set({ message: { kind: 'error', text: `“${scenario.name}” was not renamed: a scenario needs a name.` } });
    return false;
  }
  if (trimmed.length > MAX_NAME) {
    set({ message: { kind: 'error', text: `“${scenario.name}” was not renamed: a name has at most ${MAX_NAME} characters.` } });
    return false;
  }
  if (scenarios.some((s) => s.id !== id && s.name === trimmed)) {
    set({ message: { kind: 'error', text: `“${scenario.name}” was not renamed: another scenario is called “${trimmed}”.` } });
    return false;
  }
  if (trimmed !== scenario.name) {
    commit(context, { data: { scenarios: replaceScenario(scenarios, { ...scenario, name: trimmed }) }, target: { planId: scenario.planId, scenarioId: id } });
  }
  return true;
}

function deleteScenario(context: SliceContext, id: string): void {
  const { scenarios, activeId, compareId } = context.get();
  const scenario = scenarios.find((s) => s.id === id);
  if (scenario === undefined) return;
  const fallback = scenario.parentId !== null && scenarios.some((s) => s.id === scenario.parentId) ? scenario.parentId : null;
  commit(context, {
    data: { scenarios: scenarios.filter((s) => s.id !== id) },
    target: { planId: scenario.planId, scenarioId: id },
    view: { activeId: activeId === id ? fallback : activeId, compareId: compareId === id ? null : compareId },
    message: { kind: 'info', text: `Scenario “${scenario.name}” was deleted. Undo (Ctrl+Z) brings it back.` },
  });
}

function deletePlan(context: SliceContext, planId: string): void {
  const { plans, scenarios, activePlanId, activeId } = context.get();
  const plan = plans.find((p) => p.id === planId);
  if (plan === undefined) return;
  const isShown = activePlanId === planId;
  commit(context, {
    data: { plans: plans.filter((p) => p.id !== planId), scenarios: scenarios.filter((s) => s.planId !== planId) },
    target: { planId, scenarioId: isShown ? activeId : null },
    view: isShown ? { activePlanId: null, activeId: null, compareId: null } : {},
    message: { kind: 'info', text: `The plan “${plan.title}” and its scenarios were removed. Undo (Ctrl+Z) brings them back.` },
  });
}

/** Adds `scenario` to the workspace and shows it. */
function addScenario(context: SliceContext, scenario: Scenario, message: string | null = null): void {
  commit(context, {
    data: { scenarios: [...context.get().scenarios, scenario] },
    target: { planId: scenario.planId, scenarioId: scenario.id },
    view: { activeId: scenario.id },
    message: message === null ? null : { kind: 'info', text: message },
  });
}

function openProposal(context: SliceContext, text: string, fileName: string): boolean {
  const { get, set, newId, now } = context;
  const s = get();
  try {
    const read = readProposal(text, shownPlan(s));
    const id = newId();
    const entries = read.entries.map((entry) => ({ ...entry, id: newId() }));
    const scenario = makeScenario(s, { id, name: read.name, planId: s.activePlanId, parent: null, createdAt: now().toISOString(), entries });
    addScenario(context, scenario, `${fileName} was opened as the scenario “${scenario.name}”.`);
    return true;
  } catch (error) {
    set({ message: { kind: 'error', text: `${fileName}: ${error instanceof Error ? error.message : String(error)} Nothing was imported.` } });
    return false;
  }
}

/** The imported plans and the scenarios, and every action that changes them (each one undoable step). */
export function workspaceSlice(context: SliceContext, published: Plan): WorkspaceSlice {
  const { get, newId, now } = context;
  return {
    published,
    plans: [],
    scenarios: [],
    editCell: (rowId, columnId, text) => editCell(context, rowId, columnId, text),
    applyOperation: (operation, rationale = '') => addOperations(context, [operation], rationale),
    ...entryActions(context),
    newScenario(name) {
      const s = get();
      const scenario = makeScenario(s, { id: newId(), name: name?.trim(), planId: s.activePlanId, parent: activeScenario(s), createdAt: now().toISOString() });
      addScenario(context, scenario);
      return scenario.id;
    },
    renameScenario: (id, name) => renameScenario(context, id, name),
    deleteScenario: (id) => deleteScenario(context, id),
    deletePlan: (planId) => deletePlan(context, planId),
    openProposal: (text, fileName) => openProposal(context, text, fileName),
  };
}
