import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from '../../state/appStore';

export const StoreContext = createContext<AppStore | null>(null);

/** The app store given by the nearest {@link StoreContext}, for its actions. */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useAppStore needs a StoreContext provider');
  return store;
}

/** Reads from the app store; the component renders again when the selected value changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}
