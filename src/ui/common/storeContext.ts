import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from '../../state/appStore';
import type { FollowingStore } from './followingStore';

export const StoreContext = createContext<AppStore | null>(null);

/** Where given (the app in a browser), the store as the panels beside the table see it (see followingStore). */
export const PanelStoreContext = createContext<FollowingStore | null>(null);

/** Runs a change made in the table so that the panels beside it follow once it is painted, where they can. */
export function usePaintedFirst(): <T>(change: () => T) => T {
  return useContext(PanelStoreContext)?.paintedFirst ?? runNow;
}
const runNow = <T,>(change: () => T): T => change();

/** Its children read the panels' store where one is given, else the app store itself. */
export function PanelStore({ children }: { children: ReactNode }) {
  const panels = useContext(PanelStoreContext);
  const store = useAppStore();
  return createElement(StoreContext, { value: panels ?? store }, children);
}

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
