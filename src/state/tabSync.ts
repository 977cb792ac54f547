import { planToJson, workspaceToJson } from '../io/workspaceFile';
import type { AppState } from './appState';
import type { AppStore } from './appStore';
import { STORAGE_KEY, type KeyValueStorage } from './browserStorage';
import { PLAN_PREFIX, isPlanRef, planRef } from './storedPlans';
import { activeScenario, shownPlan, viewOf, workspaceOf } from './selectors';
import { t } from '../i18n/t';
import { describeOperation } from '../model/describe';
import { quoted, semicolonList, sentences } from './words';

/**
 * The data of a stored workspace (its plans and scenarios), as text to
 * compare: what the view, the style and the unit leave out. Null where it
 * cannot be read, or names a plan kept apart that has not yet arrived (it is
 * told first, and follows).
 */
function storedData(text: string | null, storage: Pick<KeyValueStorage, 'getItem'>): string | null {
  try {
    const workspace = (JSON.parse(text ?? 'null') as { state?: { workspace?: { plans?: unknown; scenarios?: unknown } } } | null)?.state?.workspace;
    if (workspace === undefined) return null;
    const plans = Array.isArray(workspace.plans) ? workspace.plans : [];
    if (plans.some((plan) => isPlanRef(plan) && storage.getItem(plan.stored) === null)) return null;
    return JSON.stringify([workspace.plans, workspace.scenarios]);
  } catch {
    return null;
  }
}

/** What an import preview and a question were made against: the plan shown and the operations of the scenario shown. */
const basisOf = (s: AppState): string => JSON.stringify([shownPlan(s), activeScenario(s)?.entries ?? null]);

/** How many changes not kept are named; the rest are counted. */
const MOST_NAMED = 3;

const entryIds = (s: Pick<AppState, 'scenarios'>): string[] => s.scenarios.flatMap((scenario) => scenario.entries.map((entry) => entry.id));

/**
 * The changes made in this tab (not among those `read` from the store) that
 * the data read now holds in no scenario, in words: an edit saved here in the
 * same moment another tab saved its own (the last to save wins the stored
 * workspace), or one removed there. Never dropped unsaid; empty when nothing
 * made here is gone. A change made in another tab and undone there is that
 * tab's to know.
 */
function notKept(before: AppState, now: AppState, read: ReadonlySet<string>): string {
  const held = new Set(entryIds(now));
  const gone = before.scenarios.flatMap((scenario) => {
    const plan = scenario.planId === null ? before.published : before.plans.find((p) => p.id === scenario.planId);
    const lost = scenario.entries.filter((entry) => !held.has(entry.id) && !read.has(entry.id));
    return plan === undefined ? [] : lost.map((entry) => ({ scenario, plan, entry }));
  });
  if (gone.length === 0) return '';
  const named = gone.slice(0, MOST_NAMED).map(({ scenario, plan, entry }) => t('state.tabs.goneChange', { scenario: quoted(scenario.name), change: describeOperation(entry.operation, plan, before.style) }));
  return t('state.tabs.notKept', { changes: semicolonList(named), count: gone.length, more: gone.length - named.length });
}

/** The plan or the scenario this tab showed, when the data read now no longer holds it: said, not switched silently. */
function shownGone(before: AppState, now: AppState, view: ReturnType<typeof viewOf>): string {
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
function kept(before: AppState, isSame: boolean, gone: string): Partial<AppState> {
  const { importPreview, importDraft, message, refusedPaste } = before;
  const isQuestion = message !== null && (message.choices !== undefined || (refusedPaste !== null && message.kind === 'error'));
  const reloaded = sentences(t('state.tabs.reloaded'), gone);
  const preview = importPreview === null ? '' : t(isSame ? 'state.tabs.previewKept' : 'state.tabs.previewClosed', { file: importPreview.source });
  if (isQuestion && isSame) {
    return { importPreview, importDraft, refusedPaste, message: { ...message, text: sentences(reloaded, preview, t('state.tabs.stillToAnswer', { question: message.text })) } };
  }
  const withdrawn = isQuestion ? t('state.tabs.withdrawn', { question: message.text }) : '';
  return { importPreview: isSame ? importPreview : null, importDraft: isSame ? importDraft : null, refusedPaste: null, message: { kind: gone === '' ? 'info' : 'error', text: sentences(reloaded, preview, withdrawn) } };
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
  // The changes this tab has read from the store, at start and from other tabs since: the others were made here.
  const read = new Set(entryIds(store.getState()));
  const onStorage = (event: Event) => {
    const { key } = event as StorageEvent;
    // The workspace, or a plan it named before the plan had arrived.
    if (key !== STORAGE_KEY && !key?.startsWith(PLAN_PREFIX)) return;
    const state = store.getState();
    const planAs = storage.keepsPlansApart === true ? planRef : planToJson;
    const ours = JSON.stringify((({ plans, scenarios }) => [plans, scenarios])(workspaceToJson(workspaceOf(state), state.published, planAs)));
    const theirs = storedData(storage.getItem(STORAGE_KEY), storage);
    if (theirs === null || theirs === ours) return;
    const view = viewOf(state);
    const { style, displayUnit } = state;
    const basis = basisOf(state);
    void Promise.resolve(store.persist.rehydrate()).then(() => {
      const now = store.getState();
      const exists = (id: string | null) => id === null || now.scenarios.some((s) => s.id === id);
      const isViewKept = exists(view.activeId) && exists(view.compareId) && (view.activePlanId === null || now.plans.some((p) => p.id === view.activePlanId));
      const shown = isViewKept ? view : viewOf(now);
      const gone = sentences(shownGone(state, now, view), notKept(state, now, read));
      for (const id of entryIds(now)) read.add(id);
      store.setState({ ...shown, style, displayUnit, past: [], future: [], ...kept(now, basisOf({ ...now, ...shown }) === basis, gone) });
    });
  };
  events.addEventListener('storage', onStorage);
  return () => events.removeEventListener('storage', onStorage);
}
