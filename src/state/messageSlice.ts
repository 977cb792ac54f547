import type { MessageSlice, SliceContext } from './appState';

/** The last action's message, and what went wrong with the browser's storage. */
export function messageSlice({ set, releaseStore }: SliceContext): MessageSlice {
  return {
    message: null,
    storage: { unreadable: null, writeError: null },
    work: null,
    stopWork() {
      set({ work: null });
    },
    dismissMessage() {
      set({ message: null, refusedPaste: null });
    },
    dismissUnreadable() {
      releaseStore?.();
      set((s) => ({ storage: { ...s.storage, unreadable: null } }));
    },
  };
}
