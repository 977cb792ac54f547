import { planToJson, workspaceToJson } from '../io/workspaceFile';
import type { AppState } from './appState';
import type { AppStore } from './appStore';
import { STORAGE_KEY, type KeyValueStorage } from './browserStorage';
import { PLAN_PREFIX, isPlanRef, planRef } from './storedPlans';
import { activeScenario, shownPlan, viewOf, workspaceOf } from './selectors';
import { t } from '../i18n/t';
import { sentences } from './words';

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

/**
 * The import preview and the question asked (a message with choices, a
 * refused paste) kept when what they were made against is unchanged here,
 * else dropped; either way the person is told.
 */
function kept(before: AppState, isSame: boolean): Partial<AppState> {
  const { importPreview, importDraft, message, refusedPaste } = before;
  const isQuestion = message !== null && (message.choices !== undefined || (refusedPaste !== null && message.kind === 'error'));
  const reloaded = t('state.tabs.reloaded');
  const preview = importPreview === null ? '' : t(isSame ? 'state.tabs.previewKept' : 'state.tabs.previewClosed', { file: importPreview.source });
  if (isQuestion && isSame) {
    return { importPreview, importDraft, refusedPaste, message: { ...message, text: sentences(reloaded, preview, t('state.tabs.stillToAnswer', { question: message.text })) } };
  }
  const withdrawn = isQuestion ? t('state.tabs.withdrawn', { question: message.text }) : '';
  return { importPreview: isSame ? importPreview : null, importDraft: isSame ? importDraft : null, refusedPaste: null, message: { kind: 'info', text: sentences(reloaded, preview, withdrawn) } };
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
      store.setState({ ...shown, style, displayUnit, past: [], future: [], ...kept(now, basisOf({ ...now, ...shown }) === basis) });
    });
  };
  events.addEventListener('storage', onStorage);
  return () => events.removeEventListener('storage', onStorage);
}
