import { workspaceToJson } from '../io/workspaceFile';
import type { AppStore } from './appStore';
import { STORAGE_KEY } from './browserStorage';
import { viewOf, workspaceOf } from './selectors';

/** The data of a stored workspace (its plans and scenarios), as text to compare: what the view, the style and the unit leave out. */
function storedData(text: string | null): string | null {
  try {
    const workspace = (JSON.parse(text ?? 'null') as { state?: { workspace?: { plans?: unknown; scenarios?: unknown } } } | null)?.state?.workspace;
    return workspace === undefined ? null : JSON.stringify([workspace.plans, workspace.scenarios]);
  } catch {
    return null;
  }
}

/**
 * Two tabs on one workspace see each other's changes: when another tab
 * stores different data, this one reads it again before its next edit, so
 * neither overwrites the other's edits. What this tab shows stays (the
 * scenario, the one compared with) where it still exists; its undo history,
 * about data it no longer holds, starts again, and the person is told.
 * Only a change of data is followed: each tab's own view, stored beside the
 * data, never sets the other going.
 */
export function followOtherTabs(store: AppStore, events: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
  const onStorage = (event: Event) => {
    const { key, newValue } = event as StorageEvent;
    if (key !== STORAGE_KEY) return;
    const state = store.getState();
    const ours = JSON.stringify((({ plans, scenarios }) => [plans, scenarios])(workspaceToJson(workspaceOf(state), state.published)));
    if (storedData(newValue) === null || storedData(newValue) === ours) return;
    const view = viewOf(state);
    const { style, displayUnit } = state;
    void Promise.resolve(store.persist.rehydrate()).then(() => {
      const now = store.getState();
      const exists = (id: string | null) => id === null || now.scenarios.some((s) => s.id === id);
      const isViewKept = exists(view.activeId) && exists(view.compareId) && (view.activePlanId === null || now.plans.some((p) => p.id === view.activePlanId));
      store.setState({
        ...(isViewKept ? view : {}),
        style,
        displayUnit,
        past: [],
        future: [],
        importPreview: null,
        message: { kind: 'info', text: 'Another tab changed this workspace: its changes are shown here too. Undo in this tab starts again from here.' },
      });
    });
  };
  events.addEventListener('storage', onStorage);
  return () => events.removeEventListener('storage', onStorage);
}
