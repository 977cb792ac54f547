/**
 * A new version of the app, installed by the service worker and waiting: it
 * is used only when the person chooses to reload, so the app never changes
 * under their hands in the middle of a meeting. Kept apart from the
 * workspace's store: it is about the app, not the figures.
 */
export interface AppUpdate {
  /** Whether a new version waits, and how to switch to it (reloads the page; the workspace is kept in the browser). */
  readonly reload: (() => void) | null;
  /** The new version was started from another tab: this one still runs the old and should be reloaded when convenient. */
  readonly isStartedElsewhere: boolean;
}

let current: AppUpdate = { reload: null, isStartedElsewhere: false };
const listeners = new Set<() => void>();

export const appUpdate = {
  get: (): AppUpdate => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Said by the service worker's registration when a new version is installed and waiting, or was started in another tab. */
  offer(reload: () => void, isStartedElsewhere = false): void {
    current = { reload, isStartedElsewhere };
    for (const listener of listeners) listener();
  },
};
