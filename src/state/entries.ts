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
import { t } from '../i18n/t';

type EntryActions = Pick<WorkspaceSlice, 'toggleEntry' | 'removeEntry' | 'moveEntry' | 'moveEntryTo' | 'duplicateEntry' | 'editEntry'>;

/** The scenario's message about a change, from the scenario before and after it and the entry's place before it. */
type Said = string | null | ((before: Scenario, after: Scenario, at: number) => string);

/** The button that makes a change all the same, as its message names it: "Remove it" (anyway). */
type Verb = 'move' | 'switchOff' | 'switchOn' | 'remove' | 'duplicate' | 'apply';

interface UpdateOptions {
  /** The change in words, from the entry's position, for the question asked before an absurd result. */
  readonly what: (at: number) => string;
  /** The button that makes the change all the same: "Remove it" (anyway). */
  readonly verb: Verb;
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
      const anyway = { label: t('state.entry.anyway', { verb: options.verb }), testId: 'apply-anyway', run: () => void update(context, entryId, change, { ...options, isConfirmed: true }) };
      set({ message: { kind: 'error', text: t('state.entry.notDone', { what: options.what(at), doubts: doubts.join(t('state.join.and')), verb: options.verb }), choices: [anyway] } });
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
    what: (at) => t('state.entry.moving', { change: named(context, entryId, at), direction: to < at ? 'up' : 'down' }),
    verb: 'move',
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
  return entry === undefined ? t('state.entry.change', { number: at + 1 }) : t('state.entry.changeDescribed', { number: at + 1, operation: describeOperation(entry.operation, shownPlan(get()), get().style) });
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
        what: (at) => t(isOn ? 'state.entry.switchingOff' : 'state.entry.switchingOn', { change: named(context, entryId, at) }),
        verb: isOn ? 'switchOff' : 'switchOn',
        done: (_before, _after, at) => t(isOn ? 'state.entry.switchedOff' : 'state.entry.switchedOn', { number: at + 1 }),
      });
    },
    removeEntry(entryId) {
      update(context, entryId, (entries) => entries.filter((e) => e.id !== entryId), {
        what: (at) => t('state.entry.removing', { change: named(context, entryId, at) }),
        verb: 'remove',
        done: (before, _after, at) => {
          const entry = before.entries.find((e) => e.id === entryId);
          const number = at + 1;
          return entry === undefined ? t('state.entry.removed', { number }) : t('state.entry.removedDescribed', { number, operation: describeOperation(entry.operation, shownPlan(get()), get().style) });
        },
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
        what: (at) => t('state.entry.duplicating', { change: named(context, entryId, at) }),
        verb: 'duplicate',
        isSlipAsked: true,
        done: (_before, _after, at) => t('state.entry.duplicated', { number: at + 1, copy: at + 2 }),
      });
    },
    editEntry(entryId, operation, rationale) {
      const scenario = activeScenario(get());
      const at = scenario?.entries.findIndex((e) => e.id === entryId) ?? -1;
      if (scenario === null || at === -1) return false;
      const plan = shownPlan(get());
      const words = describeOperation(operation, plan, get().style);
      const refuse = (why: string) => {
        set({ message: { kind: 'error', text: t('state.entry.editRefused', { operation: words, reason: why, number: at + 1 }) } });
        return false;
      };
      if (rationale.trim().length > MAX_RATIONALE) return refuse(t('state.entry.rationaleTooLong', { max: MAX_RATIONALE }));
      // A switched-off operation stays off, and need not apply where it is until it is switched on.
      const why = scenario.entries[at]!.enabled ? refusal(context, scenario, at, operation) : null;
      if (why !== null) return refuse(why);
      const edited = (entries: readonly Entry[]) => entries.map((e) => (e.id === entryId ? { ...e, operation, rationale: rationale.trim(), at: now().toISOString() } : e));
      return update(context, entryId, edited, {
        what: () => words,
        verb: 'apply',
        isSlipAsked: true,
        done: t('state.entry.edited', { number: at + 1, operation: words }),
      });
    },
  };
}
