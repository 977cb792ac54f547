import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { WORKSPACE_VERSION } from '../io/workspaceFile';
import { NUMBER_STYLES } from '../model/amount';
import type { Plan } from '../model/plan';
import type { AppState, SliceContext, StoreOptions } from './appState';
import { STORAGE_KEY, workspaceStorage, type Persisted, type StorageProblems } from './browserStorage';
import { historySlice } from './historySlice';
import type { Revisions } from './revisions';
import { importSlice } from './importSlice';
import { messageSlice } from './messageSlice';
import { financeSlice } from './financeSlice';
import { navigationSlice } from './navigationSlice';
import { poolSlice } from './poolSlice';
import { workspaceOf } from './selectors';
import { workspaceSlice } from './workspaceSlice';

export type { AppState, Message, StoreOptions } from './appState';
export { activeReplay, activeScenario, cellName, compareReplay, compareScenario, shownPlan } from './selectors';

/**
 * The store, and its persistence's own handles: reading the stored workspace
 * again when another tab wrote it, and the revisions this tab wrote or read.
 */
export type AppStore = StoreApi<AppState> & { readonly persist: { rehydrate(): Promise<void> | void }; readonly revisions: Revisions };

/**
 * The app's store, made of slices (zustand's slices pattern): the workspace's
 * data, its history, the view, the import session and the messages. What is
 * persisted is composed from the data and the view as one workspace, in the
 * format stored since schema version 2.
 */
export function createAppStore(plan: Plan, options: StoreOptions): AppStore {
  // Problems met while the store is hydrated, before it exists, wait here.
  let report: (change: Partial<StorageProblems>) => void = (change) => Object.assign(pending, change);
  const pending: StorageProblems = { unreadable: null, writeError: null };

  const storage = workspaceStorage(options.storage, plan, (change) => report(change));
  const store = createStore<AppState>()(
    persist(
      (set, get): AppState => {
        const context: SliceContext = { set, get, now: options.now ?? (() => new Date()), newId: options.newId ?? (() => crypto.randomUUID()), releaseStore: () => storage.release() };
        return {
          ...workspaceSlice(context, plan),
          ...historySlice(context),
          ...navigationSlice(context, plan, options.strategy ?? null),
          ...importSlice(context, options.readWorkbook, options.storage),
          ...messageSlice(context),
          ...financeSlice(context),
          ...poolSlice(context),
        };
      },
      {
        name: STORAGE_KEY,
        version: WORKSPACE_VERSION,
        storage,
        partialize: (s): Persisted => ({ workspace: workspaceOf(s), preferences: { style: s.style.id, displayUnit: s.displayUnit } }),
        merge: (persisted, current) => {
          const stored = persisted as Persisted | undefined;
          return {
            ...current,
            ...(stored?.workspace ?? workspaceOf(current)),
            style: NUMBER_STYLES.find((s) => s.id === stored?.preferences?.style) ?? current.style,
            displayUnit: stored?.preferences?.displayUnit === 'millions' ? 'millions' : 'plan',
          };
        },
      },
    ),
  );

  report = (change) => {
    const { storage } = store.getState();
    // Only a change of problem is a change of state: the write that follows it must not loop.
    if (Object.entries(change).every(([key, value]) => storage[key as keyof StorageProblems] === value)) return;
    store.setState({ storage: { ...storage, ...change } });
  };
  if (pending.unreadable !== null || pending.writeError !== null) store.setState({ storage: { ...pending } });
  return Object.assign(store, { revisions: storage.revisions });
}
