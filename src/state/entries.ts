import { describeOperation } from '../model/describe';
import { OperationError } from '../model/operation';
import { MAX_RATIONALE, replay, step, type Entry } from '../model/proposal';
import type { Scenario } from '../model/scenario';
import type { SliceContext, WorkspaceSlice } from './appState';
import { doubtsAbout } from './changes';
import { commit } from './historySlice';
import { moveMessage, moveName } from './moveMessage';
import { baselineReplay, replayOf } from './replays';
import { replaceScenario } from './scenarios';
import { activeScenario, shownPlan } from './selectors';

type EntryActions = Pick<WorkspaceSlice, 'toggleEntry' | 'removeEntry' | 'moveEntry' | 'moveEntryTo' | 'duplicateEntry' | 'editEntry'>;

/** The scenario's message about a change, from the scenario before and after it and the entry's place before it. */
type Said = string | null | ((before: Scenario, after: Scenario, at: number) => string);

/** Changing the operations of the scenario shown, each one undoable: switch off, remove, move, duplicate, edit in place. */
export function entryActions(context: SliceContext): EntryActions {
  const { get, set, newId, now } = context;
  /** The scenario shown with its entries changed, as one undoable change; false when there is no such entry. */
  const update = (entryId: string, change: (entries: readonly Entry[], at: number) => readonly Entry[], message: Said = null): boolean => {
    const scenario = activeScenario(get());
    const at = scenario?.entries.findIndex((e) => e.id === entryId) ?? -1;
    if (scenario === null || at === -1) return false;
    const entries = change(scenario.entries, at);
    // Nothing moved (the first one up): no change, and no step for undo to take back.
    if (entries === scenario.entries) return false;
    // The very object stored, so that a replay computed for the message is the one the view reads.
    const changed = { ...scenario, entries };
    const text = typeof message === 'function' ? message(scenario, changed, at) : message;
    commit(context, {
      data: { scenarios: replaceScenario(get().scenarios, changed) },
      target: { planId: scenario.planId, scenarioId: scenario.id },
      message: text === null ? null : { kind: 'info', text },
    });
    return true;
  };

  /** Moves an entry to place `to` (its place after the move, from 0), saying what that changed in the final table. */
  const moveTo = (entryId: string, to: number): void => {
    const place = (entries: readonly Entry[], at: number) => {
      if (to < 0 || to >= entries.length || to === at) return entries;
      const moved = entries.filter((_, i) => i !== at);
      moved.splice(to, 0, entries[at]!);
      return moved;
    };
    update(entryId, place, (before, after, at) => {
      const { style, displayUnit } = get();
      const plan = shownPlan(get());
      return moveMessage(moveName(at, to), replayOf(plan, before), replayOf(plan, after), after.entries, { plan, style, unit: displayUnit });
    });
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
      const at = activeScenario(get())?.entries.findIndex((e) => e.id === entryId) ?? -1;
      if (at !== -1) moveTo(entryId, at + by);
    },
    moveEntryTo: moveTo,
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
