import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from '../state/appStore';

export const StoreContext = createContext<AppStore | null>(null);

/** Reads from the app store given by the nearest {@link StoreContext}. */
export function useApp<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useApp needs a StoreContext provider');
  return useStore(store, selector);
}
