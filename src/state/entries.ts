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

interface UpdateOptions {
  /** The change in words, from the entry's position, for the question asked before an absurd result. */
  readonly what: (at: number) => string;
  /** The button that makes the change all the same: "Remove it" (anyway). */
  readonly verb: string;
  /** Said once the change is made. */
  readonly done?: Said;
  /** A new operation in place (an edit, a copy): figures a thousand times larger or smaller than those replaced are asked about too. */
  readonly isSlipAsked?: boolean;
  readonly isConfirmed?: boolean;
}

/**
 * The scenario shown with its entries changed, as one undoable change;
 * false when there is no such entry. A change that would newly leave a
 * result no one means (a Total below zero, a share out of range…) asks
 * first, as adding an operation does, whatever the change: switching one
 * off, removing, moving, duplicating or editing it.
 */
function update(context: SliceContext, entryId: string, change: (entries: readonly Entry[], at: number) => readonly Entry[], options: UpdateOptions): boolean {
  const { get, set } = context;
  const scenario = activeScenario(get());
  const at = scenario?.entries.findIndex((e) => e.id === entryId) ?? -1;
  if (scenario === null || at === -1) return false;
  const entries = change(scenario.entries, at);
  // Nothing moved (the first one up): no change, and no step for undo to take back.
  if (entries === scenario.entries) return false;
  if (options.isConfirmed !== true) {
    const doubts = doubtsAbout(context, shownPlan(get()), scenario, { ...scenario, entries }, { isSlipChecked: options.isSlipAsked !== true });
    if (doubts.length > 0) {
      const anyway = { label: `${options.verb} anyway`, testId: 'apply-anyway', run: () => void update(context, entryId, change, { ...options, isConfirmed: true }) };
      set({ message: { kind: 'error', text: `${options.what(at)}: not done yet, because ${doubts.join(', and ')}. ${options.verb} anyway, or leave it as it is.`, choices: [anyway] } });
      return false;
    }
  }
  // The very object stored, so that a replay computed for the message is the one the view reads.
  const changed = { ...scenario, entries };
  const text = typeof options.done === 'function' ? options.done(scenario, changed, at) : (options.done ?? null);
  commit(context, {
    data: { scenarios: replaceScenario(get().scenarios, changed) },
    target: { planId: scenario.planId, scenarioId: scenario.id },
    message: text === null ? null : { kind: 'info', text },
  });
  return true;
}

/** Moves an entry to place `to` (its place after the move, from 0), saying what that changed in the final table. */
function moveTo(context: SliceContext, entryId: string, to: number): void {
  const { get } = context;
  const place = (entries: readonly Entry[], at: number) => {
    if (to < 0 || to >= entries.length || to === at) return entries;
    const moved = entries.filter((_, i) => i !== at);
    moved.splice(to, 0, entries[at]!);
    return moved;
  };
  update(context, entryId, place, {
    what: (at) => `Moving ${named(context, entryId, at)} ${to < at ? 'up' : 'down'}`,
    verb: 'Move it',
    done: (before, after, at) => {
      const { style, displayUnit } = get();
      const plan = shownPlan(get());
      return moveMessage(moveName(at, to), replayOf(plan, before), replayOf(plan, after), after.entries, { plan, style, unit: displayUnit });
    },
  });
}

/** Change `at + 1` in words, for the question asked before an absurd result. */
function named({ get }: SliceContext, entryId: string, at: number, scenario = activeScenario(get())): string {
  const entry = scenario?.entries.find((e) => e.id === entryId);
  return entry === undefined ? `change ${at + 1}` : `change ${at + 1} (${describeOperation(entry.operation, shownPlan(get()), get().style)})`;
}

/** Why `operation` cannot take the place of entry `at` (it must apply after the ones before it), or null. */
function refusal({ get }: SliceContext, scenario: Scenario, at: number, operation: Entry['operation']): string | null {
  const plan = shownPlan(get());
  const base = baselineReplay(plan);
  try {
    step(replay(base.state, scenario.entries.slice(0, at), base.table), operation);
    return null;
  } catch (error) {
    if (!(error instanceof OperationError)) throw error;
    return error.message;
  }
}

/** Changing the operations of the scenario shown, each one undoable: switch off, remove, move, duplicate, edit in place. */
export function entryActions(context: SliceContext): EntryActions {
  const { get, set, newId, now } = context;
  return {
    toggleEntry(entryId) {
      const isOn = activeScenario(get())?.entries.find((e) => e.id === entryId)?.enabled === true;
      update(context, entryId, (entries) => entries.map((e) => (e.id === entryId ? { ...e, enabled: !e.enabled } : e)), {
        what: (at) => `Switching ${isOn ? 'off' : 'on'} ${named(context, entryId, at)}`,
        verb: `Switch it ${isOn ? 'off' : 'on'}`,
        done: (_before, _after, at) => `Change ${at + 1} is switched ${isOn ? 'off: the changes after it replay without it' : 'on again'}. Undo (Ctrl+Z) takes it back.`,
      });
    },
    removeEntry(entryId) {
      update(context, entryId, (entries) => entries.filter((e) => e.id !== entryId), {
        what: (at) => `Removing ${named(context, entryId, at)}`,
        verb: 'Remove it',
        done: (before, _after, at) => `${named(context, entryId, at, before).replace(/^c/, 'C')} was removed; the changes after it replay without it. Undo (Ctrl+Z) brings it back.`,
      });
    },
    moveEntry(entryId, by) {
      const at = activeScenario(get())?.entries.findIndex((e) => e.id === entryId) ?? -1;
      if (at !== -1) moveTo(context, entryId, at + by);
    },
    moveEntryTo: (entryId, to) => moveTo(context, entryId, to),
    duplicateEntry(entryId) {
      const copy = (entries: readonly Entry[], at: number) => [...entries.slice(0, at + 1), { ...entries[at]!, id: newId(), at: now().toISOString() }, ...entries.slice(at + 1)];
      // A copy is a new operation: figures a thousand times larger or smaller are asked about too.
      update(context, entryId, copy, {
        what: (at) => `Duplicating ${named(context, entryId, at)}`,
        verb: 'Duplicate it',
        isSlipAsked: true,
        done: (_before, _after, at) => `Change ${at + 1} was copied as change ${at + 2}, right after it. Undo (Ctrl+Z) takes the copy away.`,
      });
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
      const why = scenario.entries[at]!.enabled ? refusal(context, scenario, at, operation) : null;
      if (why !== null) return refuse(why);
      const edited = (entries: readonly Entry[]) => entries.map((e) => (e.id === entryId ? { ...e, operation, rationale: rationale.trim(), at: now().toISOString() } : e));
      return update(context, entryId, edited, {
        what: () => words,
        verb: 'Apply it',
        isSlipAsked: true,
        done: `Change ${at + 1} is now: ${words}. The changes after it replay on it; undo (Ctrl+Z) takes it back.`,
      });
    },
  };
}
