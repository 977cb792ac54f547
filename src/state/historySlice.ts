import type { HistorySlice, Message, SliceContext, Step, Target, View, WorkspaceData } from './appState';
import { dataOf } from './selectors';
import { t } from '../i18n/t';

/** A change of the data, as an action makes it. */
export interface Change {
  /** The data after the change; what is not given stays as it is. */
  readonly data: Partial<WorkspaceData>;
  /** Where the change is made: undo and redo show it there. */
  readonly target: Target;
  /** What the action shows afterwards, when it moves the view. */
  readonly view?: Partial<View>;
  readonly message?: Message | null;
}

/** Every change of the data goes through here, so that undo sees it, as one step. */
export function commit({ set }: SliceContext, change: Change): void {
  set((s) => ({
    ...change.data,
    ...change.view,
    past: [...s.past, { data: dataOf(s), target: change.target }],
    future: [],
    message: change.message ?? null,
  }));
}

/** A change that completes the one just committed (an import's other versions after its figures): one step to undo with it. */
export function commitWithLast({ set }: SliceContext, change: Change): void {
  set(() => ({ ...change.data, ...change.view, future: [], message: change.message ?? null }));
}

/**
 * Where the view goes when undo or redo brings back `data`. Whoever undoes in
 * a spreadsheet expects to see what was undone, so the view goes to the
 * scenario the change was made in, even when another one is shown by then.
 * When the step removes that scenario (undoing its creation, redoing its
 * deletion) the view falls back to its parent, else to the baseline of its
 * plan (the published one when that plan is gone too). The scenario compared
 * with stays while it exists: choosing it is navigation, not data.
 */
export function viewAfterStep(target: Target, data: WorkspaceData, before: WorkspaceData, compareId: string | null): View {
  const exists = (id: string | null | undefined): id is string => typeof id === 'string' && data.scenarios.some((s) => s.id === id);
  const parentId = before.scenarios.find((s) => s.id === target.scenarioId)?.parentId;
  const hasPlan = target.planId === null || data.plans.some((p) => p.id === target.planId);
  return {
    activePlanId: hasPlan ? target.planId : null,
    activeId: exists(target.scenarioId) ? target.scenarioId : exists(parentId) ? parentId : null,
    compareId: exists(compareId) ? compareId : null,
  };
}

/** Undo and redo over the data only; what is shown is never undone for its own sake. */
export function historySlice(context: SliceContext): HistorySlice {
  const { set, get } = context;
  /** The state with the data on the other side of `step` back, and the step that leads back again. */
  const travel = (step: Step) => {
    const s = get();
    const back: Step = { data: dataOf(s), target: step.target };
    // A preview was computed against the figures undone or redone: it no longer applies.
    const restored = { ...step.data, ...viewAfterStep(step.target, step.data, back.data, s.compareId), message: null, importPreview: null, importDraft: null };
    return { restored, back };
  };
  // Said, not silent: after a reload Ctrl+Z did nothing, and a person could think a change was lost. A question
  // waiting for its answer (a message with choices) is left as it is.
  const sayNothing = (id: 'state.history.nothingToUndo' | 'state.history.nothingToRedo') => {
    if (get().message?.choices === undefined) set({ message: { kind: 'info', text: t(id) } });
  };
  return {
    past: [],
    future: [],
    undo() {
      const { past, future } = get();
      const previous = past.at(-1);
      if (previous === undefined) return sayNothing('state.history.nothingToUndo');
      const { restored, back } = travel(previous);
      const left = past.length - 1;
      const text = t('state.history.undone', { left });
      set({ ...restored, message: { kind: 'info', text }, past: past.slice(0, -1), future: [back, ...future] });
    },
    redo() {
      const { past, future } = get();
      const [next, ...rest] = future;
      if (next === undefined) return sayNothing('state.history.nothingToRedo');
      const { restored, back } = travel(next);
      const text = t('state.history.redone', { left: rest.length });
      set({ ...restored, message: { kind: 'info', text }, past: [...past, back], future: rest });
    },
  };
}
