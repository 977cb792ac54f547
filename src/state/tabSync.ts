import { planToJson, workspaceToJson } from '../io/workspaceFile';
import type { AppState } from './appState';
import type { AppStore } from './appStore';
import { STORAGE_KEY, type KeyValueStorage } from './browserStorage';
import { PLAN_PREFIX, isPlanRef, planRef } from './storedPlans';
import { activeScenario, shownPlan, viewOf, workspaceOf } from './selectors';
import type { WorkspaceData } from './appState';
import { saidChangedAgain, saidChanges, saidMerge, saidRenamedThere } from './tabChanges';
import { mergeTabs, type Merged, type TabChange } from './tabMerge';
import { t } from '../i18n/t';
import { quoted, sentences } from './words';

/**
 * The data of a stored workspace (its plans and scenarios), as text to
 * compare: what the view, the style and the unit leave out; its revision; and
 * it with those it was made from, the latest first (see Revisions). Null
 * where it cannot be read, or names a plan kept apart that has not yet
 * arrived (it is told first, and follows).
 */
function storedData(text: string | null, storage: Pick<KeyValueStorage, 'getItem'>): { data: string; revision: unknown; madeFrom: unknown[] } | null {
  try {
    const stored = JSON.parse(text ?? 'null') as { state?: { workspace?: { plans?: unknown; scenarios?: unknown } }; revision?: unknown; history?: unknown } | null;
    const workspace = stored?.state?.workspace;
    if (workspace === undefined) return null;
    const plans = Array.isArray(workspace.plans) ? workspace.plans : [];
    if (plans.some((plan) => isPlanRef(plan) && storage.getItem(plan.stored) === null)) return null;
    const history = Array.isArray(stored?.history) ? (stored.history as unknown[]) : [];
    return { data: JSON.stringify([workspace.plans, workspace.scenarios]), revision: stored?.revision, madeFrom: [stored?.revision, ...history] };
  } catch {
    return null;
  }
}

/** A merge's changes removed there, but for the deletion of the scenario this tab shows, which is said on its own (shownGone). */
const withoutShown = (merged: Merged, view: ReturnType<typeof viewOf>): Merged => ({
  ...merged,
  removedThere: merged.removedThere.filter((change) => change.kind !== 'scenario' || change.scenario.id !== view.activeId),
});

/** What an import preview and a question were made against: the plan shown and the operations of the scenario shown. */
const basisOf = (s: AppState): string => JSON.stringify([shownPlan(s), activeScenario(s)?.entries ?? null]);

const entryIds = (s: Pick<AppState, 'scenarios'>): string[] => s.scenarios.flatMap((scenario) => scenario.entries.map((entry) => entry.id));
/** The scenarios' and their entries' ids: what a tab has read of them tells what it made itself. */
const dataIds = (s: Pick<AppState, 'scenarios'>): string[] => [...s.scenarios.map((scenario) => scenario.id), ...entryIds(s)];

/**
 * The changes made in this tab (not among those `read` from the store) that
 * the data read now holds in no scenario, in words, where the other tab's
 * write was made from data this tab no longer knows (so nothing could be
 * merged): an edit saved here in the same moment another tab saved its own,
 * or one removed there. Never dropped unsaid; empty when nothing made here is
 * gone. A change made in another tab and undone there is that tab's to know.
 */
function notKept(before: AppState, now: WorkspaceData, read: ReadonlySet<string>): string {
  const held = new Set(entryIds(now));
  const gone: TabChange[] = before.scenarios.flatMap((scenario) => scenario.entries.filter((entry) => !held.has(entry.id) && !read.has(entry.id)).map((entry) => ({ kind: 'entry' as const, scenario, entry })));
  return saidChanges('state.tabs.notKept', gone, before.plans, before.published, before.style);
}

/** The plan or the scenario this tab showed, when the data read now no longer holds it: said, not switched silently. */
function shownGone(before: AppState, now: WorkspaceData, view: ReturnType<typeof viewOf>): string {
  const plan = view.activePlanId === null || now.plans.some((p) => p.id === view.activePlanId) ? undefined : before.plans.find((p) => p.id === view.activePlanId);
  if (plan !== undefined) return t('state.tabs.shownPlanGone', { plan: quoted(plan.title) });
  const scenario = view.activeId === null || now.scenarios.some((s) => s.id === view.activeId) ? undefined : before.scenarios.find((s) => s.id === view.activeId);
  return scenario === undefined ? '' : t('state.tabs.shownScenarioGone', { scenario: quoted(scenario.name) });
}

/**
 * The import preview and the question asked (a message with choices, a
 * refused paste) kept when what they were made against is unchanged here,
 * else dropped; either way the person is told.
 */
function kept(before: AppState, isSame: boolean, gone: string, isLost: boolean): Partial<AppState> {
  const { importPreview, importDraft, message, refusedPaste } = before;
  const isQuestion = message !== null && (message.choices !== undefined || (refusedPaste !== null && message.kind === 'error'));
  const reloaded = sentences(t('state.tabs.reloaded'), gone);
  // Nothing new to say over what an earlier follow said it kept or lost: that stays, to be read (the next follow came within milliseconds).
  const isSaidBefore = message !== null && message.text !== reloaded && message.text.startsWith(reloaded);
  if (gone === '' && importPreview === null && !isQuestion && isSaidBefore) return { message, refusedPaste: null };
  const preview = importPreview === null ? '' : t(isSame ? 'state.tabs.previewKept' : 'state.tabs.previewClosed', { file: importPreview.source });
  if (isQuestion && isSame) {
    return { importPreview, importDraft, refusedPaste, message: { ...message, text: sentences(reloaded, preview, t('state.tabs.stillToAnswer', { question: message.text })) } };
  }
  const withdrawn = isQuestion ? t('state.tabs.withdrawn', { question: message.text }) : '';
  return { importPreview: isSame ? importPreview : null, importDraft: isSame ? importDraft : null, refusedPaste: null, message: { kind: isLost ? 'error' : 'info', text: sentences(reloaded, preview, withdrawn) } };
}

/**
 * Two tabs on one workspace see each other's changes: when another tab
 * stores different data, this one reads it again before its next edit, so
 * neither overwrites the other's edits. What this tab shows stays (the
 * scenario, the one compared with) where it still exists; its undo history,
 * about data it no longer holds, starts again, and the person is told. An
 * import preview and a question asked stay while the figures they are about
 * are unchanged here, and are dropped, saying why, when they are not.
 * Only a change of data is followed: each tab's own view, stored beside the
 * data, never sets the other going.
 */
export function followOtherTabs(store: AppStore, events: Pick<Window, 'addEventListener' | 'removeEventListener'>, storage: Pick<KeyValueStorage, 'getItem' | 'keepsPlansApart'>): () => void {
  // The scenarios and changes this tab has read from the store, at start and from other tabs since: the others were made here.
  const seen = new Set(dataIds(store.getState()));
  // One follow at a time: another tab's writes told in one task (or while one is read) are followed once it is done, from the latest.
  let isFollowing = false;
  let isAskedAgain = false;
  const onStorage = (event: Event) => {
    const { key } = event as StorageEvent;
    // The workspace, or a plan it named before the plan had arrived.
    if (key !== STORAGE_KEY && !key?.startsWith(PLAN_PREFIX)) return;
    if (isFollowing) isAskedAgain = true;
    else follow();
  };
  const follow = () => {
    const state = store.getState();
    const planAs = storage.keepsPlansApart === true ? planRef : planToJson;
    const ours = JSON.stringify((({ plans, scenarios }) => [plans, scenarios])(workspaceToJson(workspaceOf(state), state.published, planAs)));
    const theirs = storedData(storage.getItem(STORAGE_KEY), storage);
    if (theirs === null) return;
    // The same data written by the other tab: this tab holds that revision too, and its next write is made from it.
    if (theirs.data === ours) {
      if (typeof theirs.revision === 'string') {
        const madeFrom = store.revisions.madeFrom;
        store.revisions.read(theirs.revision, state, theirs.madeFrom.slice(1));
        store.revisions.alsoMadeFrom(madeFrom);
      }
      return;
    }
    // The last data both tabs held, where this tab knows them: what it changed since is merged, not lost.
    const ancestor = store.revisions.lastShared(theirs.madeFrom);
    const madeFrom = store.revisions.madeFrom;
    // Before the other tab's data are read in: what this tab held lately, so that what it removed is told from what is new.
    const heldBefore = ancestor === undefined ? new Set<string>() : store.revisions.heldIds();
    const view = viewOf(state);
    const { style, displayUnit } = state;
    const basis = basisOf(state);
    isFollowing = true;
    void Promise.resolve(store.persist.rehydrate()).then(() => {
      const read = store.getState();
      const merged = ancestor === undefined ? null : mergeTabs(ancestor, state, read, (id) => !seen.has(id), (id) => heldBefore.has(id));
      // Merged, the data held now were made from this tab's too: its next write says so.
      if (merged !== null) store.revisions.alsoMadeFrom(madeFrom);
      const now = { ...read, ...merged?.data };
      const exists = (id: string | null) => id === null || now.scenarios.some((s) => s.id === id);
      const isViewKept = exists(view.activeId) && exists(view.compareId) && (view.activePlanId === null || now.plans.some((p) => p.id === view.activePlanId));
      const shown = isViewKept ? view : viewOf(now);
      const plans = [...state.plans, ...now.plans];
      const said = merged === null ? notKept(state, now, seen) : saidMerge(withoutShown(merged, view), plans, state.published, style);
      const held = new Set(entryIds(state));
      const again = saidChangedAgain(state, now, (id) => held.has(id) && !seen.has(id), state.published, style);
      const renamed = saidRenamedThere(state, now, merged, (id) => !seen.has(id));
      const gone = sentences(shownGone(state, now, view), said, again, renamed);
      for (const id of dataIds(read)) seen.add(id);
      const isLost = merged === null ? said !== '' : merged.lost.length > 0;
      store.setState({ ...merged?.data, ...shown, style, displayUnit, past: [], future: [], ...kept(now, basisOf({ ...now, ...shown }) === basis, gone, isLost) });
    }).finally(() => {
      isFollowing = false;
      if (!isAskedAgain) return;
      isAskedAgain = false;
      follow();
    });
  };
  events.addEventListener('storage', onStorage);
  return () => events.removeEventListener('storage', onStorage);
}
