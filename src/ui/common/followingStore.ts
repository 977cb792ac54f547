import type { AppState, AppStore } from '../../state/appStore';
import { afterPaint } from '../../state/afterPaint';

/** The store as the panels beside the table see it (see {@link followingStore}). */
export interface FollowingStore extends AppStore {
  /** Runs `change` (a figure typed in the table): the panels take up what it changed once its frame is painted. */
  paintedFirst<T>(change: () => T): T;
}

/**
 * The store as the panels beside the table see it: the same actions and
 * writes, and the same state, except after a figure typed in the table
 * (`paintedFirst`), which they take up once the frame that shows it has been
 * painted. The figure is then drawn first, and the proposal's entries, the
 * forms and the other panels follow in the next task instead of delaying that
 * frame (a fifth to a quarter of the time from Enter to the figure painted, on Appendix A).
 * Any other change, one made in a panel among them, is followed at once, so a
 * box ticked or a figure typed there is never drawn as it was for a frame.
 * A change while the panels wait for a frame waits with them.
 */
export function followingStore(store: AppStore, later: () => Promise<void> = afterPaint): FollowingStore {
  let state = store.getState();
  const listeners = new Set<(state: AppState, previous: AppState) => void>();
  let holding = 0;
  let isWaiting = false;
  const follow = () => {
    const previous = state;
    state = store.getState();
    if (state !== previous) for (const listener of listeners) listener(state, previous);
  };
  store.subscribe(() => {
    if (isWaiting) return;
    if (holding === 0) return follow();
    isWaiting = true;
    void later().then(() => {
      isWaiting = false;
      follow();
    });
  });
  return {
    ...store,
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    paintedFirst: (change) => {
      holding++;
      try {
        return change();
      } finally {
        holding--;
      }
    },
  };
}
