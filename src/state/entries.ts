import { describeOperation } from '../model/describe';
import { OperationError } from '../model/operation';
import { MAX_RATIONALE, replay, step, type Entry } from '../model/proposal';
import type { Scenario } from '../model/scenario';
import type { SliceContext, WorkspaceSlice } from './appState';
import { doubtsAbout } from './changes';
import { commit } from './historySlice';
import { baselineReplay } from './replays';
import { replaceScenario } from './scenarios';
import { activeScenario, shownPlan } from './selectors';

type EntryActions = Pick<WorkspaceSlice, 'toggleEntry' | 'removeEntry' | 'moveEntry' | 'duplicateEntry' | 'editEntry'>;

/** Changing the operations of the scenario shown, each one undoable: switch off, remove, move, duplicate, edit in place. */
export function entryActions(context: SliceContext): EntryActions {
  const { get, set, newId, now } = context;
  /** The scenario shown with its entries changed, as one undoable change; false when there is no such entry. */
  const update = (entryId: string, change: (entries: readonly Entry[], at: number) => readonly Entry[], message: string | null = null): boolean => {
    const scenario = activeScenario(get());
    const at = scenario?.entries.findIndex((e) => e.id === entryId) ?? -1;
    if (scenario === null || at === -1) return false;
    const entries = change(scenario.entries, at);
    // Nothing moved (the first one up): no change, and no step for undo to take back.
    if (entries === scenario.entries) return false;
    commit(context, {
      data: { scenarios: replaceScenario(get().scenarios, { ...scenario, entries }) },
      target: { planId: scenario.planId, scenarioId: scenario.id },
      message: message === null ? null : { kind: 'info', text: message },
    });
    return true;
  };

  /** Why `operation` cannot take the place of entry `at` (it must apply after the ones before it), or null. */
  const refusal = (scenario: Scenario, at: number, operation: Entry['operation']): string | null => {
    const plan = shownPlan(get());
    const base = baselineReplay(plan);
    try {
      step(replay(base.state, scenario.entries.slice(0, at), base.table), operation);
      return null;
    } catch (error) {
      if (!(error instanceof OperationError)) throw error;
      return error.message;
    }
  };

  return {
    toggleEntry(entryId) {
      update(entryId, (entries) => entries.map((e) => (e.id === entryId ? { ...e, enabled: !e.enabled } : e)));
    },
    removeEntry(entryId) {
      update(entryId, (entries) => entries.filter((e) => e.id !== entryId));
    },
    moveEntry(entryId, by) {
      update(entryId, (entries, at) => {
        const to = at + by;
        if (to < 0 || to >= entries.length) return entries;
        const moved = entries.slice();
        [moved[at], moved[to]] = [moved[to]!, moved[at]!];
        return moved;
      });
    },
    duplicateEntry(entryId) {
      update(entryId, (entries, at) => [...entries.slice(0, at + 1), { ...entries[at]!, id: newId(), at: now().toISOString() }, ...entries.slice(at + 1)]);
    },
    editEntry(entryId, operation, rationale) {
      const scenario = activeScenario(get());
      const at = scenario?.entries.findIndex((e) => e.id === entryId) ?? -1;
      if (scenario === null || at === -1) return false;
      const plan = shownPlan(get());
      const words = describeOperation(operation, plan, get().style);
      const refuse = (why: string) => {
        set({ message: { kind: 'error', text: `${words}: refused, ${why}. Change ${at + 1} stays as it was.` } });
        return false;
      };
      if (rationale.trim().length > MAX_RATIONALE) return refuse(`the rationale is longer than the ${MAX_RATIONALE} characters a proposal can keep`);
      // A switched-off operation stays off, and need not apply where it is until it is switched on.
      const why = scenario.entries[at]!.enabled ? refusal(scenario, at, operation) : null;
      if (why !== null) return refuse(why);
      const edited = (entries: readonly Entry[]) => entries.map((e, i) => (i === at ? { ...e, operation, rationale: rationale.trim(), at: now().toISOString() } : e));
      const apply = () => update(entryId, edited, `Change ${at + 1} is now: ${words}. The changes after it replay on it; undo (Ctrl+Z) takes it back.`);
      const doubts = doubtsAbout(context, plan, scenario, { ...scenario, entries: edited(scenario.entries) });
      if (doubts.length === 0) return apply();
      const anyway = { label: 'Apply it anyway', testId: 'apply-anyway', run: () => void apply() };
      set({ message: { kind: 'error', text: `${words}: not applied yet, because ${doubts.join(', and ')}. Apply it anyway, or change it.`, choices: [anyway] } });
      return false;
    },
  };
}
