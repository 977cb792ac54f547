import type { AppState, AppStore } from '../../state/appStore';
import { afterPaint } from '../../state/afterPaint';

/**
 * The store as the panels beside the table see it: the same actions and
 * writes, its state taken up once the frame after a change has been painted.
 * A figure typed in the table is drawn first; the proposal's entries, the
 * forms and the other panels follow in the next task instead of delaying
 * that frame (a third of the time from Enter to the figure painted, measured
 * on Appendix A). Writes go to the store at once, and a read through
 * `getState` gives what the panels show, as their handlers expect.
 */
export function followingStore(store: AppStore, later: () => Promise<void> = afterPaint): AppStore {
  let state = store.getState();
  const listeners = new Set<(state: AppState, previous: AppState) => void>();
  let isWaiting = false;
  const follow = () => {
    isWaiting = false;
    const previous = state;
    state = store.getState();
    if (state !== previous) for (const listener of listeners) listener(state, previous);
  };
  store.subscribe(() => {
    if (isWaiting) return;
    isWaiting = true;
    void later().then(follow);
  });
  return {
    ...store,
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
